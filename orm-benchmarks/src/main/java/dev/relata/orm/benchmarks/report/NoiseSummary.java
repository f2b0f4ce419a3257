package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How noisy a run was, per database: the cells whose JMH error (99.9%) exceeds
 * {@value #THRESHOLD_PERCENT}% of their score in the first pass, how many of them the
 * runner's second pass measured again (more forks and iterations), and how many exceed it
 * after. A cell without an error (one iteration) is not counted.
 */
final class NoiseSummary {

	/**
	 * The error, in percent of the score, above which a cell counts as noisy.
	 */
	static final int THRESHOLD_PERCENT = 10;

	private static final int WORST_LISTED = 8;

	private NoiseSummary() {
	}

	/**
	 * Returns whether a result's error exceeds the threshold.
	 * @param result the result
	 * @return whether it is noisy
	 */
	static boolean noisy(BenchmarkResult result) {
		return result.relativeError() > THRESHOLD_PERCENT / 100.0;
	}

	/**
	 * Renders the noise section.
	 * @param firstPass every first-pass result
	 * @param tables the report's tables (second-pass results in place of first-pass ones)
	 * @return the markdown
	 */
	static String render(List<BenchmarkResult> firstPass, List<ScenarioTable> tables) {
		List<String> databases = new ArrayList<>(
				new LinkedHashSet<>(tables.stream().map(ScenarioTable::database).toList()));
		StringBuilder md = new StringBuilder("## Noise\n\n");
		md.append("Cells whose JMH error (99.9% confidence half-width) exceeds ")
			.append(THRESHOLD_PERCENT)
			.append("% of the score. The runner measures the noisiest cells of the first pass again with ")
			.append("more forks and iterations (its second pass, marked ")
			.append(ResultTables.REMEASURED)
			.append(" in the time tables) and the report uses those results.\n\n");
		MarkdownTable table = new MarkdownTable(List.of("database", "cells", "noisy, first pass",
				"measured again (settings)", "noisy after", "noisiest after"), false);
		for (String database : databases) {
			List<BenchmarkResult> before = firstPass.stream()
				.filter((result) -> result.database().equals(database))
				.toList();
			List<BenchmarkResult> after = tables.stream()
				.filter((scenario) -> scenario.database().equals(database))
				.flatMap((scenario) -> scenario.results().stream())
				.toList();
			List<BenchmarkResult> again = after.stream().filter(BenchmarkResult::remeasured).toList();
			List<BenchmarkResult> noisyAfter = after.stream()
				.filter(NoiseSummary::noisy)
				.sorted(Comparator.comparingDouble(BenchmarkResult::relativeError).reversed())
				.toList();
			table.row(List.of(database, String.valueOf(after.size()),
					String.valueOf(before.stream().filter(NoiseSummary::noisy).count()),
					again.isEmpty() ? "0" : again.size() + " (" + again.get(0).iterations() + ")",
					String.valueOf(noisyAfter.size()), worst(noisyAfter)));
		}
		return md.append(table).append('\n').toString();
	}

	private static String worst(List<BenchmarkResult> noisy) {
		if (noisy.isEmpty()) {
			return ResultTables.MISSING;
		}
		List<String> cells = new ArrayList<>();
		for (BenchmarkResult result : noisy.subList(0, Math.min(WORST_LISTED, noisy.size()))) {
			cells.add(String.format(Locale.ROOT, "%s %s %d %.0f%%", result.scenario(), result.contender(),
					result.size(), result.relativeError() * 100));
		}
		return String.join(", ", cells) + ((noisy.size() > WORST_LISTED) ? ", ..." : "");
	}

}
