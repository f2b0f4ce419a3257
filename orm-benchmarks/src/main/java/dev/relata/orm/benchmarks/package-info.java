/**
 * JMH benchmarks of Relata's loading strategies against hand-written JDBC, Hibernate and
 * jOOQ on PostgreSQL, MariaDB and H2: the databases
 * ({@link dev.relata.orm.benchmarks.BenchmarkDatabase}), the scenario data
 * ({@link dev.relata.orm.benchmarks.BenchmarkData},
 * {@link dev.relata.orm.benchmarks.ChinookData}), the scenarios
 * ({@link dev.relata.orm.benchmarks.Scenario}), the contenders behind
 * {@link dev.relata.orm.benchmarks.Contender}, the correctness check
 * ({@link dev.relata.orm.benchmarks.BenchmarkSmoke}), the statement census
 * ({@link dev.relata.orm.benchmarks.StatementCensus}) and the benchmarks
 * ({@link dev.relata.orm.benchmarks.LoadingBenchmark}, and
 * {@link dev.relata.orm.benchmarks.KeyListBenchmark} for the JDBC baseline's MariaDB
 * form).
 */
@NullMarked
package dev.relata.orm.benchmarks;

import org.jspecify.annotations.NullMarked;
