package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.benchmarks.report.BenchmarkResult.Allocation;
import dev.relata.orm.benchmarks.report.JmhRecord.Metric;
import tools.jackson.core.type.TypeReference;

/**
 * The results and settings read from JMH JSON result files ({@code -rf json}): an array
 * of {@link JmhRecord}s, read with Jackson.
 *
 * @param results the results, in file order
 * @param settings the settings of the first result (a run has one set of settings)
 */
record JmhResults(List<BenchmarkResult> results, JmhSettings settings) {

	static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

	/**
	 * Reads a result file.
	 * @param file the JSON file
	 * @return the results
	 * @throws IOException if the file cannot be read
	 */
	static JmhResults read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Parses the content of a result file.
	 * @param json the JSON text
	 * @return the results
	 * @throws IllegalArgumentException if the text is not a non-empty JMH result array
	 */
	static JmhResults parse(String json) {
		List<JmhRecord> records = ReportJson.read(json, new TypeReference<List<JmhRecord>>() {
		}, "a JMH result file (a JSON array of results)");
		if (records.isEmpty()) {
			throw new IllegalArgumentException("Not a JMH result file: expected a non-empty JSON array");
		}
		List<BenchmarkResult> results = new ArrayList<>();
		for (JmhRecord record : records) {
			results.add(result(record));
		}
		return new JmhResults(List.copyOf(results), settings(records.get(0)));
	}

	/**
	 * Merges the results of several JMH invocations.
	 * @param parts the results, at least one
	 * @return all results in order, with the first part's settings
	 */
	static JmhResults merge(List<JmhResults> parts) {
		List<BenchmarkResult> results = parts.stream().flatMap((part) -> part.results().stream()).toList();
		return new JmhResults(results, parts.get(0).settings());
	}

	/**
	 * Returns these results with a second pass' results in place of the same
	 * combinations' first ones (marked {@link BenchmarkResult#remeasured()}).
	 * @param remeasured the second pass' results
	 * @return the results, in this order, second-pass ones where there are any
	 */
	JmhResults replacedBy(List<BenchmarkResult> remeasured) {
		Map<String, BenchmarkResult> byKey = new LinkedHashMap<>();
		this.results.forEach((result) -> byKey.put(result.key(), result));
		remeasured.forEach((result) -> byKey.put(result.key(), result.asRemeasured()));
		return new JmhResults(List.copyOf(byKey.values()), this.settings);
	}

	/**
	 * Returns these results with the statement census' counts attached.
	 * @param counts the counts by {@link BenchmarkResult#key()}
	 * @return the results; a combination the census lacks keeps no counts
	 */
	JmhResults withCounts(Map<String, LoadCounts> counts) {
		List<BenchmarkResult> counted = this.results.stream()
			.map((result) -> result.withCounts(counts.get(result.key())))
			.toList();
		return new JmhResults(counted, this.settings);
	}

	private static BenchmarkResult result(JmhRecord record) {
		Map<String, String> params = record.params();
		Metric time = record.primaryMetric();
		Allocation allocation = null;
		if (record.secondaryMetrics() != null && record.secondaryMetrics().get(ALLOCATION_METRIC) != null) {
			Metric bytes = record.secondaryMetrics().get(ALLOCATION_METRIC);
			allocation = new Allocation(bytes.score(), bytes.scoreError());
		}
		return new BenchmarkResult(params.getOrDefault("database", "POSTGRESQL"), params.getOrDefault("scenario", "?"),
				size(params.get("size")), params.getOrDefault("contender", "?"), time.score(), time.scoreError(),
				time.scoreUnit(), allocation, iterations(record), false, null);
	}

	private static int size(String size) {
		try {
			return Integer.parseInt(size);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not a benchmark of this module: size '" + size + "' is no number", ex);
		}
	}

	private static String iterations(JmhRecord record) {
		return record.forks() + ((record.forks() == 1) ? " fork, " : " forks, ") + warmup(record) + " warm-up, "
				+ measurement(record) + " measurement";
	}

	private static String warmup(JmhRecord record) {
		return record.warmupIterations() + " x " + record.warmupTime().trim();
	}

	private static String measurement(JmhRecord record) {
		return record.measurementIterations() + " x " + record.measurementTime().trim();
	}

	private static JmhSettings settings(JmhRecord record) {
		String jvmArgs = (record.jvmArgs() != null) ? String.join(" ", record.jvmArgs()) : "";
		return new JmhSettings(record.jmhVersion(), record.jdkVersion(),
				record.vmName() + " " + record.vmVersion().trim(), record.mode(), record.forks(), record.threads(),
				warmup(record), measurement(record), jvmArgs);
	}

}
