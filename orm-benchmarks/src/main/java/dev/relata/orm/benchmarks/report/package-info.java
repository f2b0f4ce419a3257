/**
 * The benchmark report: reads JMH JSON result files ({@code -rf json}, with Jackson) and
 * the statement census, and writes {@code docs/benchmarks.md} with the machine, versions
 * and JMH settings, the targets judged per database, the run's noise, the ratios
 * to hand-written JDBC per database, scenario and parent-set size, and one SVG chart per
 * database and scenario. Entry point:
 * {@link dev.relata.orm.benchmarks.report.BenchmarkReport}; the runner's second pass
 * picks its cells with {@link dev.relata.orm.benchmarks.report.NoisyCells}.
 */
@NullMarked
package dev.relata.orm.benchmarks.report;

import org.jspecify.annotations.NullMarked;
