package dev.relata.orm.benchmarks.report;

import java.util.Optional;

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
 * @param iterations the JMH iterations it ran, e.g.
 * {@code 3 x 1 s warm-up, 5 x 1 s measurement}
 * @param counts the statements and rows of one load, from the statement census, or
 * {@code null} when no census was passed in
 */
record BenchmarkResult(String database, String scenario, int size, String contender, double score, double error,
		String unit, @Nullable Double allocatedBytes, String iterations, @Nullable LoadCounts counts) {

	/**
	 * Returns the combination this result is for, as the census keys it.
	 * @return {@code database/scenario/size/contender}
	 */
	String key() {
		return key(this.database, this.scenario, this.size, this.contender);
	}

	static String key(String database, String scenario, int size, String contender) {
		return database + "/" + scenario + "/" + size + "/" + contender;
	}

	/**
	 * Returns this result with the census' counts.
	 * @param counts the counts, or {@code null}
	 * @return the result
	 */
	BenchmarkResult withCounts(@Nullable LoadCounts counts) {
		return new BenchmarkResult(this.database, this.scenario, this.size, this.contender, this.score, this.error,
				this.unit, this.allocatedBytes, this.iterations, counts);
	}

	/**
	 * Returns the bytes allocated per loaded row.
	 * @return allocation divided by the census' rows, empty without either
	 */
	Optional<Double> allocatedBytesPerRow() {
		if (this.allocatedBytes == null || this.counts == null || this.counts.rows() == 0) {
			return Optional.empty();
		}
		return Optional.of(this.allocatedBytes / this.counts.rows());
	}

}
