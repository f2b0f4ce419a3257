package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code docs/benchmarks.md} and one SVG chart per database and scenario
 * ({@code docs/benchmarks/<database>-<scenario>.svg}) from JMH JSON result files
 * ({@code -rf json -rff results.json}), read with Jackson.
 * <p>
 * Usage: {@value ReportArguments#USAGE}. Several result files (one per JMH invocation and
 * database) make one report; the settings shown first are the first file's, the others
 * per database. {@code --rerun} files are the runner's second pass: their results replace
 * the first pass' for the same combinations, and the noise section counts both. With
 * {@code --census}, the statement counts of {@code StatementCensus} add statements per
 * load, allocation per loaded row and the refused ("not supported yet") cells. With
 * {@code --allocation-baseline}, AUTO's allocation per loaded row is judged against an
 * earlier run's; {@code --save-allocation-baseline} writes this run's as one. The machine
 * is described from the JVM running the report, so run it on the machine that ran the
 * benchmarks (the runner script does).
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
		ReportArguments arguments;
		try {
			arguments = ReportArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		List<JmhResults> firstPass = new ArrayList<>();
		for (Path file : arguments.results()) {
			firstPass.add(JmhResults.read(file));
		}
		List<BenchmarkResult> secondPass = new ArrayList<>();
		for (Path file : arguments.reruns()) {
			secondPass.addAll(JmhResults.read(file).results());
		}
		Census census = Census.NONE;
		for (Path file : arguments.censuses()) {
			census = census.plus(Census.read(file));
		}
		AllocationBaseline baseline = (arguments.allocationBaseline() != null)
				? AllocationBaseline.read(arguments.allocationBaseline()) : AllocationBaseline.NONE;
		String source = Stream.concat(arguments.results().stream(), arguments.reruns().stream())
			.map((file) -> String.valueOf(file.getFileName()))
			.collect(Collectors.joining("`, `"));
		String explanations = (arguments.explanations() != null)
				? Files.readString(arguments.explanations(), StandardCharsets.UTF_8) : null;
		ReportContext context = new ReportContext(arguments.relataVersion(), arguments.serverVersions(),
				arguments.note(), source, Machine.current(), explanations);
		Run run = new Run(JmhResults.merge(firstPass), secondPass, census);
		List<Path> written = write(run, arguments.report(), context, baseline);
		written.forEach((path) -> System.out.println("Wrote " + path));
		if (arguments.saveAllocationBaseline() != null) {
			AllocationBaseline.of(run.tables(), "the run of " + context.source())
				.write(arguments.saveAllocationBaseline());
			System.out.println("Wrote " + arguments.saveAllocationBaseline());
		}
	}

	/**
	 * Writes the report and its charts.
	 * @param run the results
	 * @param report the markdown file; the charts go to {@code benchmarks/} next to it
	 * @param context the machine, versions and note
	 * @param baseline the allocation baseline
	 * @return the files written, the report first
	 * @throws IOException if a file cannot be written
	 */
	static List<Path> write(Run run, Path report, ReportContext context, AllocationBaseline baseline)
			throws IOException {
		List<ScenarioTable> tables = run.tables();
		Path parent = report.toAbsolutePath().getParent();
		Path charts = parent.resolve(CHART_DIRECTORY);
		Files.createDirectories(charts);
		String markdown = MarkdownReport.render(tables, run.firstPass().results(), run.firstPass().settings(), context,
				Targets.all(baseline), CHART_DIRECTORY);
		Files.writeString(report, markdown, StandardCharsets.UTF_8);
		List<Path> written = new ArrayList<>(List.of(report));
		for (ScenarioTable table : tables) {
			Path chart = charts.resolve(table.chartFileName());
			Files.writeString(chart, SvgChart.render(table), StandardCharsets.UTF_8);
			written.add(chart);
		}
		return written;
	}

	/**
	 * The results of a run: the first pass, the second pass' results for the noisy cells,
	 * and the statement census.
	 *
	 * @param firstPass the first pass
	 * @param secondPass the second pass' results
	 * @param census the census
	 */
	record Run(JmhResults firstPass, List<BenchmarkResult> secondPass, Census census) {

		/**
		 * A run without a second pass or a census.
		 * @param results the results
		 * @return the run
		 */
		static Run of(JmhResults results) {
			return new Run(results, List.of(), Census.NONE);
		}

		/**
		 * Returns the report's tables: second-pass results in place of first-pass ones,
		 * the census' counts and refusals attached.
		 * @return one table per database and scenario
		 */
		List<ScenarioTable> tables() {
			JmhResults results = this.firstPass.replacedBy(this.secondPass).withCounts(this.census.counts());
			return ScenarioTable.of(results.results(), this.census.refusals());
		}

	}

}
