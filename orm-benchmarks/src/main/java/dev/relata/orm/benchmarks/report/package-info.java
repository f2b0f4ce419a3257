/**
 * The benchmark report: reads a JMH JSON result file ({@code -rf json}) and writes
 * {@code docs/benchmarks.md} with the ratios to hand-written JDBC per database, scenario
 * and parent-set size, the machine, versions and JMH settings, and one SVG chart per
 * scenario. Entry point: {@link dev.relata.orm.benchmarks.report.BenchmarkReport}.
 */
@NullMarked
package dev.relata.orm.benchmarks.report;

import org.jspecify.annotations.NullMarked;
