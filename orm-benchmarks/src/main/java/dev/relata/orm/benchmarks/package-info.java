/**
 * JMH benchmarks of Relata's loading strategies against hand-written JDBC: the scenario
 * data ({@link dev.relata.orm.benchmarks.BenchmarkData}), the scenarios
 * ({@link dev.relata.orm.benchmarks.Scenario}), the contenders behind
 * {@link dev.relata.orm.benchmarks.Contender}, the correctness check
 * ({@link dev.relata.orm.benchmarks.BenchmarkSmoke}) and the benchmark
 * ({@link dev.relata.orm.benchmarks.LoadingBenchmark}).
 */
@NullMarked
package dev.relata.orm.benchmarks;

import org.jspecify.annotations.NullMarked;
