package dev.relata.orm.benchmarks.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link BenchmarkReport}.
 *
 * @param results the first pass' JMH result files
 * @param reruns the second pass' JMH result files (their results replace the first pass'
 * for the same combinations)
 * @param censuses the statement census files
 * @param report the markdown file to write
 * @param relataVersion the Relata version
 * @param serverVersions the database servers' versions by database name
 * @param note the note at the top, or {@code null}
 * @param allocationBaseline the allocation baseline to judge against, or {@code null}
 * @param saveAllocationBaseline where to write this run's allocation as a baseline, or
 * {@code null}
 * @param explanations a markdown file explaining the missed targets, or {@code null}
 */
record ReportArguments(List<Path> results, List<Path> reruns, List<Path> censuses, Path report, String relataVersion,
		Map<String, String> serverVersions, @Nullable String note, @Nullable Path allocationBaseline,
		@Nullable Path saveAllocationBaseline, @Nullable Path explanations) {

	static final String USAGE = "Usage: BenchmarkReport <results.json>... [--rerun results.json]... "
			+ "[--census census.json]... [--out docs/benchmarks.md] [--relata-version V] "
			+ "[--server-version DATABASE=VERSION]... [--database-version V (PostgreSQL's)] [--note TEXT] "
			+ "[--allocation-baseline FILE] [--save-allocation-baseline FILE] [--explanations FILE]";

	/**
	 * Parses the arguments.
	 * @param args the arguments
	 * @return the parsed arguments
	 * @throws IllegalArgumentException when an option lacks its value or no result file
	 * is named
	 */
	static ReportArguments parse(String[] args) {
		List<Path> results = new ArrayList<>();
		List<Path> reruns = new ArrayList<>();
		List<Path> censuses = new ArrayList<>();
		Path report = Path.of("docs", "benchmarks.md");
		String relataVersion = "unknown";
		Map<String, String> serverVersions = new LinkedHashMap<>();
		String note = null;
		Path baseline = null;
		Path saveBaseline = null;
		Path explanations = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--out" -> report = Path.of(value(args, ++i));
				case "--rerun" -> reruns.add(Path.of(value(args, ++i)));
				case "--census" -> censuses.add(Path.of(value(args, ++i)));
				case "--relata-version" -> relataVersion = value(args, ++i);
				case "--database-version" -> serverVersion(serverVersions, "POSTGRESQL=" + value(args, ++i));
				case "--server-version" -> serverVersion(serverVersions, value(args, ++i));
				case "--note" -> note = blankToNull(value(args, ++i));
				case "--allocation-baseline" -> baseline = Path.of(value(args, ++i));
				case "--save-allocation-baseline" -> saveBaseline = Path.of(value(args, ++i));
				case "--explanations" -> explanations = Path.of(value(args, ++i));
				default -> results.add(Path.of(args[i]));
			}
		}
		if (results.isEmpty()) {
			throw new IllegalArgumentException("No JMH result file. " + USAGE);
		}
		return new ReportArguments(List.copyOf(results), List.copyOf(reruns), List.copyOf(censuses), report,
				relataVersion, Map.copyOf(serverVersions), note, baseline, saveBaseline, explanations);
	}

	private static void serverVersion(Map<String, String> versions, String assignment) {
		int equals = assignment.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("Expected DATABASE=VERSION, got '" + assignment + "'. " + USAGE);
		}
		String version = assignment.substring(equals + 1).trim();
		if (!version.isEmpty()) {
			versions.put(assignment.substring(0, equals).trim(), version);
		}
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException("Missing value after " + args[index - 1] + ". " + USAGE);
		}
		return args[index];
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
