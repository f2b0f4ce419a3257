package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the cells the runner measures again in its second pass: the results of JMH JSON
 * files whose error exceeds {@value NoiseSummary#THRESHOLD_PERCENT}% of the score, among
 * the contenders the targets judge, at most a given number: first those behind a verdict
 * JMH's error leaves open, then the others, noisiest first. Prints one line per scenario
 * and size, {@code SCENARIO SIZE CONTENDER,CONTENDER}, for one JMH invocation each.
 * <p>
 * Usage: {@code NoisyCells <max cells> <results.json>...}.
 */
public final class NoisyCells {

	/**
	 * The contenders the targets judge: their noise decides a verdict.
	 */
	static final Set<String> JUDGED = Set.of("JDBC", "RELATA_JOIN", "RELATA_BATCHED", "RELATA_AUTO",
			"RELATA_N_PLUS_ONE", "HIBERNATE");

	private NoisyCells() {
	}

	/**
	 * Prints the groups.
	 * @param args the maximum number of cells, then the result files
	 * @throws IOException if a file cannot be read
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("Usage: NoisyCells <max cells> <results.json>...");
			System.exit(2);
			return;
		}
		List<BenchmarkResult> results = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			results.addAll(JmhResults.read(Path.of(args[i])).results());
		}
		pick(results, Integer.parseInt(args[0])).forEach(System.out::println);
	}

	/**
	 * Picks the judged cells to measure again and groups them by scenario and size: first
	 * the noisy times behind a verdict that JMH's error leaves open (a miss within error:
	 * measured again, it may turn met or missed), then the other noisy ones, each group
	 * noisiest first.
	 * @param results the first pass' results
	 * @param maxCells the most cells to pick
	 * @return one line per scenario and size: {@code SCENARIO SIZE CONTENDER,...}
	 */
	static List<String> pick(List<BenchmarkResult> results, int maxCells) {
		Set<String> open = openVerdicts(results);
		Comparator<BenchmarkResult> order = Comparator
			.comparing((BenchmarkResult result) -> !open.contains(result.key()))
			.thenComparing(Comparator.comparingDouble(BenchmarkResult::relativeError).reversed());
		List<BenchmarkResult> noisy = results.stream()
			.filter((result) -> JUDGED.contains(result.contender()))
			.filter(NoiseSummary::noisy)
			.sorted(order)
			.limit(Math.max(0, maxCells))
			.toList();
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (BenchmarkResult result : noisy) {
			groups.computeIfAbsent(result.scenario() + " " + result.size(), (key) -> new ArrayList<>())
				.add(result.contender());
		}
		List<String> lines = new ArrayList<>();
		groups.forEach((cell, contenders) -> lines.add(cell + " " + String.join(",", contenders)));
		return lines;
	}

	/**
	 * The results whose times a target compared in a cell it judged missed within JMH's
	 * error.
	 */
	private static Set<String> openVerdicts(List<BenchmarkResult> results) {
		Set<String> open = new HashSet<>();
		for (ScenarioTable table : ScenarioTable.of(results)) {
			for (int size : table.sizes()) {
				for (Target target : Targets.all(AllocationBaseline.NONE)) {
					target.judge(table, size)
						.filter((judgement) -> judgement.verdict() == Target.Verdict.WITHIN_ERROR)
						.ifPresent((judgement) -> judgement.timed()
							.forEach((contender) -> open
								.add(BenchmarkResult.key(table.database(), table.scenario(), size, contender))));
				}
			}
		}
		return open;
	}

}
