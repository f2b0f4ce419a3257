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
 * @param allocation bytes allocated per operation with JMH's error
 * ({@code gc.alloc.rate.norm} with {@code -prof gc}), or {@code null} without the
 * profiler
 * @param iterations the forks and iterations it ran, e.g.
 * {@code 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement}
 * @param remeasured whether it comes from the runner's second pass (more forks and
 * iterations for a cell whose error was too wide)
 * @param counts the statements and rows of one load, from the statement census, or
 * {@code null} when no census was passed in
 */
record BenchmarkResult(String database, String scenario, int size, String contender, double score, double error,
		String unit, @Nullable Allocation allocation, String iterations, boolean remeasured,
		@Nullable LoadCounts counts) {

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
	 * Returns the bytes allocated per operation.
	 * @return the bytes, or {@code null} without {@code -prof gc}
	 */
	@Nullable Double allocatedBytes() {
		return (this.allocation != null) ? this.allocation.bytes() : null;
	}

	/**
	 * Returns JMH's error relative to the score.
	 * @return error / score; NaN without an error
	 */
	double relativeError() {
		return this.error / this.score;
	}

	/**
	 * Returns the error, none counting as zero.
	 * @return the error, 0 when NaN
	 */
	double errorOrZero() {
		return Double.isNaN(this.error) ? 0 : this.error;
	}

	/**
	 * Returns this result with the census' counts.
	 * @param counts the counts, or {@code null}
	 * @return the result
	 */
	BenchmarkResult withCounts(@Nullable LoadCounts counts) {
		return new BenchmarkResult(this.database, this.scenario, this.size, this.contender, this.score, this.error,
				this.unit, this.allocation, this.iterations, this.remeasured, counts);
	}

	/**
	 * Returns this result marked as coming from the second pass.
	 * @return the result
	 */
	BenchmarkResult asRemeasured() {
		return new BenchmarkResult(this.database, this.scenario, this.size, this.contender, this.score, this.error,
				this.unit, this.allocation, this.iterations, true, this.counts);
	}

	/**
	 * Returns the bytes allocated per loaded row.
	 * @return allocation divided by the census' rows, empty without either
	 */
	Optional<Double> allocatedBytesPerRow() {
		if (this.allocation == null || this.counts == null || this.counts.rows() == 0) {
			return Optional.empty();
		}
		return Optional.of(this.allocation.bytes() / this.counts.rows());
	}

	/**
	 * The lowest bytes allocated per loaded row that JMH's error allows.
	 * @return (allocation - error) divided by the census' rows, empty without either
	 */
	Optional<Double> lowestAllocatedBytesPerRow() {
		if (this.allocation == null || this.counts == null || this.counts.rows() == 0) {
			return Optional.empty();
		}
		double error = Double.isNaN(this.allocation.error()) ? 0 : this.allocation.error();
		return Optional.of((this.allocation.bytes() - error) / this.counts.rows());
	}

	/**
	 * Bytes allocated per operation ({@code gc.alloc.rate.norm}).
	 *
	 * @param bytes the bytes per operation
	 * @param error JMH's error; NaN with a single iteration
	 */
	record Allocation(double bytes, double error) {

	}

}
