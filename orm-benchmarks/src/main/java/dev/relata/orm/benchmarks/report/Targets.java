package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets of issue 6, checked against the measured results of the primary database
 * (PostgreSQL): benchmark results, not tests. Each target lists every value it was judged
 * on, so the verdict can be checked by eye.
 * <ul>
 * <li>AUTO within {@value #AUTO_TO_JDBC}x of hand-written JDBC's time in every scenario
 * at {@value #FROM_PARENTS} parents and more;</li>
 * <li>AUTO faster than Hibernate (its best fetching per scenario) in every scenario and
 * size;</li>
 * <li>per-parent top-3 ({@code TOP3}) at least {@value #TOP3_TO_N_PLUS_ONE}x faster than
 * one query per parent, at {@value #FROM_PARENTS} parents and more.</li>
 * </ul>
 */
final class Targets {

	static final String PRIMARY_DATABASE = "POSTGRESQL";

	static final double AUTO_TO_JDBC = 1.2;

	static final int FROM_PARENTS = 100;

	static final double TOP3_TO_N_PLUS_ONE = 3.0;

	private static final String AUTO = "RELATA_AUTO";

	private static final String HIBERNATE = "HIBERNATE";

	private static final String N_PLUS_ONE = "RELATA_N_PLUS_ONE";

	private Targets() {
	}

	/**
	 * Renders the targets section, or nothing when the primary database was not run.
	 * @param tables every table of the report
	 * @return the markdown
	 */
	static String render(List<ScenarioTable> tables) {
		List<ScenarioTable> primary = tables.stream()
			.filter((table) -> table.database().equals(PRIMARY_DATABASE))
			.toList();
		if (primary.isEmpty()) {
			return "";
		}
		StringBuilder md = new StringBuilder("## Targets (" + PRIMARY_DATABASE + ")\n\n");
		md.append("The issue's targets, judged on the results below (a benchmark result, not a test). ")
			.append("A cell is the value the target is about; **bold** marks a miss, and (±) a miss whose ")
			.append("JMH error (99.9%) still reaches the target.\n\n");
		md.append(autoToJdbc(primary)).append('\n');
		md.append(autoToHibernate(primary)).append('\n');
		md.append(top3ToNPlusOne(primary)).append('\n');
		return md.toString();
	}

	static String autoToJdbc(List<ScenarioTable> tables) {
		Verdict verdict = new Verdict();
		MarkdownTable table = grid(tables, (scenario, size) -> {
			if (size < FROM_PARENTS) {
				return Optional.empty();
			}
			return scenario.ratio(size, AUTO).map((ratio) -> {
				boolean met = verdict.judge(ratio <= AUTO_TO_JDBC, scenario.scenario() + " at " + size);
				String cell = mark(format(ratio), met);
				if (!met && lowestRatio(scenario, size) <= AUTO_TO_JDBC) {
					verdict.withinError(scenario.scenario() + " at " + size);
					return cell + " (±)";
				}
				return cell;
			});
		});
		return heading(
				"AUTO's time / JDBC's time, at " + FROM_PARENTS + " parents and more: at most " + format(AUTO_TO_JDBC),
				verdict) + table;
	}

	static String autoToHibernate(List<ScenarioTable> tables) {
		Verdict verdict = new Verdict();
		MarkdownTable table = grid(tables, (scenario, size) -> {
			Optional<BenchmarkResult> auto = scenario.result(size, AUTO);
			Optional<BenchmarkResult> hibernate = scenario.result(size, HIBERNATE);
			if (auto.isEmpty() || hibernate.isEmpty()) {
				return Optional.empty();
			}
			double ratio = auto.get().score() / hibernate.get().score();
			boolean met = verdict.judge(ratio < 1.0, scenario.scenario() + " at " + size);
			return Optional.of(mark(format(ratio), met));
		});
		return heading("AUTO's time / Hibernate's time, every size: below 1.00", verdict) + table;
	}

	static String top3ToNPlusOne(List<ScenarioTable> tables) {
		Verdict verdict = new Verdict();
		List<ScenarioTable> top3 = tables.stream().filter((table) -> table.scenario().equals("TOP3")).toList();
		MarkdownTable table = grid(top3, (scenario, size) -> {
			Optional<BenchmarkResult> auto = scenario.result(size, AUTO);
			Optional<BenchmarkResult> nPlusOne = scenario.result(size, N_PLUS_ONE);
			if (auto.isEmpty() || nPlusOne.isEmpty()) {
				return Optional.empty();
			}
			double speedup = nPlusOne.get().score() / auto.get().score();
			if (size < FROM_PARENTS) {
				return Optional.of(format(speedup) + "x (not judged)");
			}
			boolean met = verdict.judge(speedup >= TOP3_TO_N_PLUS_ONE, "TOP3 at " + size);
			return Optional.of(mark(format(speedup) + "x", met));
		});
		return heading("TOP3: N+1's time / AUTO's time, at " + FROM_PARENTS + " parents and more: at least "
				+ format(TOP3_TO_N_PLUS_ONE) + "x", verdict) + table;
	}

	/**
	 * The smallest ratio of AUTO's time to JDBC's that JMH's errors allow: AUTO's score
	 * minus its error over JDBC's plus its error (NaN errors count as none).
	 */
	private static double lowestRatio(ScenarioTable scenario, int size) {
		BenchmarkResult auto = scenario.result(size, AUTO).orElseThrow();
		BenchmarkResult jdbc = scenario.result(size, ScenarioTable.BASELINE).orElseThrow();
		return (auto.score() - errorOf(auto)) / (jdbc.score() + errorOf(jdbc));
	}

	private static double errorOf(BenchmarkResult result) {
		return Double.isNaN(result.error()) ? 0 : result.error();
	}

	private static String heading(String target, Verdict verdict) {
		return "**" + target + "**: " + verdict + ".\n\n";
	}

	private static MarkdownTable grid(List<ScenarioTable> tables, Cell cell) {
		List<Integer> sizes = tables.stream().flatMap((table) -> table.sizes().stream()).distinct().sorted().toList();
		List<String> header = new ArrayList<>();
		header.add("scenario");
		sizes.forEach((size) -> header.add(String.format(Locale.ROOT, "%,d", size)));
		MarkdownTable grid = new MarkdownTable(header);
		for (ScenarioTable table : tables) {
			List<String> row = new ArrayList<>();
			row.add(table.scenario());
			for (int size : sizes) {
				row.add(cell.value(table, size).orElse("—"));
			}
			grid.row(row);
		}
		return grid;
	}

	private static String mark(String value, boolean met) {
		return met ? value : "**" + value + "**";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/**
	 * The cells one target was judged on, and the misses among them.
	 */
	private static final class Verdict {

		private final List<String> misses = new ArrayList<>();

		private final List<String> withinError = new ArrayList<>();

		private int judged;

		boolean judge(boolean met, String where) {
			this.judged++;
			if (!met) {
				this.misses.add(where);
			}
			return met;
		}

		void withinError(String where) {
			this.withinError.add(where);
		}

		@Override
		public String toString() {
			if (this.judged == 0) {
				return "not measured in this run";
			}
			if (this.misses.isEmpty()) {
				return "met (" + this.judged + " of " + this.judged + ")";
			}
			String verdict = "missed at " + String.join(", ", this.misses) + " (" + (this.judged - this.misses.size())
					+ " of " + this.judged + " met)";
			if (!this.withinError.isEmpty()) {
				verdict += "; at " + String.join(", ", this.withinError)
						+ " the target lies within JMH's error (99.9%), marked (±)";
			}
			return verdict;
		}

	}

	@FunctionalInterface
	private interface Cell {

		Optional<String> value(ScenarioTable table, int size);

	}

}
