package dev.relata.orm.benchmarks.report;

/**
 * What one load of a combination executes and returns, as {@code StatementCensus} counted
 * it.
 *
 * @param statements the statements one load executes
 * @param rows the rows one load returns (nodes of its key tree)
 */
record LoadCounts(long statements, long rows) {

}
