package dev.relata.orm.benchmarks.report;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One element of a JMH JSON result file ({@code -rf json}), as far as the report reads
 * it: the run's settings, the benchmark's parameters, the primary metric and, with
 * {@code -prof gc}, the secondary metrics ({@code gc.alloc.rate.norm}).
 *
 * @param jmhVersion the JMH version
 * @param mode the benchmark mode, e.g. {@code avgt}
 * @param threads threads per fork
 * @param forks forks per benchmark
 * @param jvmArgs the forks' JVM arguments
 * @param jdkVersion the JDK the forks ran on
 * @param vmName the JVM's name
 * @param vmVersion the JVM's version
 * @param warmupIterations warm-up iterations per fork
 * @param warmupTime the time of one warm-up iteration, e.g. {@code 1 s}
 * @param measurementIterations measurement iterations per fork
 * @param measurementTime the time of one measurement iteration
 * @param params the {@code @Param} values, by name
 * @param primaryMetric the time per operation
 * @param secondaryMetrics the profilers' metrics, by name
 */
record JmhRecord(String jmhVersion, String mode, int threads, int forks, @Nullable List<String> jvmArgs,
		String jdkVersion, String vmName, String vmVersion, int warmupIterations, String warmupTime,
		int measurementIterations, String measurementTime, Map<String, String> params, Metric primaryMetric,
		@Nullable Map<String, Metric> secondaryMetrics) {

	/**
	 * A metric's score and JMH's error (99.9% confidence half-width; JMH writes
	 * {@code "NaN"} when one iteration gives none).
	 *
	 * @param score the score
	 * @param scoreError the error, NaN when there is none
	 * @param scoreUnit the unit, e.g. {@code us/op}
	 */
	record Metric(double score, double scoreError, String scoreUnit) {

	}

}
