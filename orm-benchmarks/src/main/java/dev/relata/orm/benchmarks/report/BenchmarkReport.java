package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Writes {@code docs/benchmarks.md} and one SVG chart per database and scenario
 * ({@code docs/benchmarks/<database>-<scenario>.svg}) from a JMH JSON result file
 * ({@code -rf json -rff results.json}).
 * <p>
 * Usage: {@code BenchmarkReport <results.json>... [--out docs/benchmarks.md]
 * [--relata-version V] [--database-version V] [--note TEXT] [--census census.json]}:
 * several result files (e.g. one JMH invocation without N+1 and one with N+1 up to 1,000
 * parents) make one report; the settings shown are the first file's. With
 * {@code --census}, the statement counts of {@code StatementCensus} add statements per
 * load and allocation per loaded row. The machine is described from the JVM running the
 * report, so run it on the machine that ran the benchmarks (the runner script does).
 */
public final class BenchmarkReport {

	static final String CHART_DIRECTORY = "benchmarks";

	private BenchmarkReport() {
	}

	/**
	 * Writes the report.
	 * @param args the result files and options
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		List<Path> results = new ArrayList<>();
		Path report = Path.of("docs", "benchmarks.md");
		String relataVersion = "unknown";
		String databaseVersion = null;
		String note = null;
		List<Path> censuses = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--out" -> report = Path.of(option(args, ++i));
				case "--relata-version" -> relataVersion = option(args, ++i);
				case "--database-version" -> databaseVersion = option(args, ++i);
				case "--note" -> note = option(args, ++i);
				case "--census" -> censuses.add(Path.of(option(args, ++i)));
				default -> results.add(Path.of(args[i]));
			}
		}
		if (results.isEmpty()) {
			System.err.println("Usage: BenchmarkReport <results.json>... [--out docs/benchmarks.md] "
					+ "[--relata-version V] [--database-version V] [--note TEXT] [--census census.json]...");
			System.exit(2);
			return;
		}
		List<JmhResults> read = new ArrayList<>();
		for (Path file : results) {
			read.add(JmhResults.read(file));
		}
		String source = results.stream()
			.map((file) -> String.valueOf(file.getFileName()))
			.collect(Collectors.joining("`, `"));
		ReportContext context = new ReportContext(relataVersion, blankToNull(databaseVersion), blankToNull(note),
				source, Machine.current());
		JmhResults merged = JmhResults.merge(read);
		if (!censuses.isEmpty()) {
			Map<String, LoadCounts> counts = new HashMap<>();
			for (Path census : censuses) {
				counts.putAll(LoadCounts.read(census));
			}
			merged = merged.withCounts(counts);
		}
		List<Path> written = write(merged, report, context);
		written.forEach((path) -> System.out.println("Wrote " + path));
	}

	/**
	 * Writes the report and its charts.
	 * @param results the JMH results
	 * @param report the markdown file; the charts go to {@code benchmarks/} next to it
	 * @param context the machine, versions and note
	 * @return the files written, the report first
	 * @throws IOException if a file cannot be written
	 */
	static List<Path> write(JmhResults results, Path report, ReportContext context) throws IOException {
		List<ScenarioTable> tables = ScenarioTable.of(results.results());
		Path parent = report.toAbsolutePath().getParent();
		Path charts = parent.resolve(CHART_DIRECTORY);
		Files.createDirectories(charts);
		String markdown = MarkdownReport.render(tables, results.settings(), context, CHART_DIRECTORY);
		Files.writeString(report, markdown, StandardCharsets.UTF_8);
		List<Path> written = new ArrayList<>(List.of(report));
		for (ScenarioTable table : tables) {
			Path chart = charts.resolve(table.chartFileName());
			Files.writeString(chart, SvgChart.render(table), StandardCharsets.UTF_8);
			written.add(chart);
		}
		return written;
	}

	private static String option(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException("Missing value after " + args[index - 1]);
		}
		return args[index];
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
