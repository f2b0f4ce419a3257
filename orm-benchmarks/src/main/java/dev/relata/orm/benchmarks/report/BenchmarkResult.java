package dev.relata.orm.benchmarks.report;

import org.jspecify.annotations.Nullable;

/**
 * One JMH result: a contender on one database, scenario and parent-set size.
 *
 * @param database the {@code database} parameter
 * @param scenario the {@code scenario} parameter
 * @param size the {@code size} parameter (parents per load)
 * @param contender the {@code contender} parameter
 * @param score the average time per operation
 * @param error JMH's error (99.9% confidence half-width); NaN with a single iteration
 * @param unit the unit of score and error, e.g. {@code us/op}
 * @param allocatedBytes bytes allocated per operation ({@code gc.alloc.rate.norm} with
 * {@code -prof gc}), or {@code null} without the profiler
 */
record BenchmarkResult(String database, String scenario, int size, String contender, double score, double error,
		String unit, @Nullable Double allocatedBytes) {

}
