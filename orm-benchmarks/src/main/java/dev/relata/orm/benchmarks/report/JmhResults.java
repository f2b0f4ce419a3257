package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The results and settings read from a JMH JSON result file ({@code -rf json}): an array
 * of objects with {@code params}, {@code primaryMetric} and, with {@code -prof gc},
 * {@code secondaryMetrics."gc.alloc.rate.norm"}.
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
	 */
	static JmhResults parse(String json) {
		if (!(JsonReader.parse(json) instanceof List<?> entries) || entries.isEmpty()) {
			throw new IllegalArgumentException("Not a JMH result file: expected a non-empty JSON array");
		}
		List<BenchmarkResult> results = new ArrayList<>();
		for (Object entry : entries) {
			results.add(result(map(entry, "result")));
		}
		return new JmhResults(List.copyOf(results), settings(map(entries.get(0), "result")));
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

	private static BenchmarkResult result(Map<?, ?> entry) {
		Map<?, ?> params = map(entry.get("params"), "params");
		Map<?, ?> primary = map(entry.get("primaryMetric"), "primaryMetric");
		Double allocated = null;
		if (entry.get("secondaryMetrics") instanceof Map<?, ?> secondary
				&& secondary.get(ALLOCATION_METRIC) instanceof Map<?, ?> allocation) {
			allocated = number(allocation.get("score"));
		}
		return new BenchmarkResult(text(params.get("database"), "POSTGRESQL"), text(params.get("scenario"), "?"),
				(int) number(params.get("size")), text(params.get("contender"), "?"), number(primary.get("score")),
				number(primary.get("scoreError")), text(primary.get("scoreUnit"), "?"), allocated,
				iterations(entry, "warmupIterations", "warmupTime") + " warm-up, "
						+ iterations(entry, "measurementIterations", "measurementTime") + " measurement",
				null);
	}

	private static JmhSettings settings(Map<?, ?> entry) {
		Object args = entry.get("jvmArgs");
		String jvmArgs = (args instanceof List<?> list)
				? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : "";
		return new JmhSettings(text(entry.get("jmhVersion"), "?"), text(entry.get("jdkVersion"), "?"),
				text(entry.get("vmName"), "?") + " " + text(entry.get("vmVersion"), ""), text(entry.get("mode"), "?"),
				(int) number(entry.get("forks")), (int) number(entry.get("threads")),
				iterations(entry, "warmupIterations", "warmupTime"),
				iterations(entry, "measurementIterations", "measurementTime"), jvmArgs);
	}

	private static String iterations(Map<?, ?> entry, String count, String time) {
		return (int) number(entry.get(count)) + " x " + text(entry.get(time), "?");
	}

	private static Map<?, ?> map(@Nullable Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalArgumentException("Not a JMH result file: '" + what + "' is not an object");
	}

	private static String text(@Nullable Object value, String fallback) {
		return (value != null) ? String.valueOf(value).trim() : fallback;
	}

	private static double number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String string) {
			try {
				return Double.parseDouble(string);
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}

}
