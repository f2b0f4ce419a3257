package dev.relata.orm.benchmarks.report;

/**
 * The JMH settings and JVM of a run, as JMH recorded them in the result file.
 *
 * @param jmhVersion the JMH version
 * @param jdkVersion the JDK the forks ran on
 * @param vm the JVM name and version
 * @param mode the benchmark mode, e.g. {@code avgt}
 * @param forks forks per benchmark
 * @param threads threads per fork
 * @param warmup warm-up iterations and time, e.g. {@code 3 x 1 s}
 * @param measurement measurement iterations and time, e.g. {@code 5 x 1 s}
 * @param jvmArgs the forks' JVM arguments
 */
record JmhSettings(String jmhVersion, String jdkVersion, String vm, String mode, int forks, int threads, String warmup,
		String measurement, String jvmArgs) {

}
