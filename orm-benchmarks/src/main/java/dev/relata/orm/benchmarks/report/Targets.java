package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.benchmarks.report.Target.Judgement;
import dev.relata.orm.benchmarks.report.Target.Verdict;

/**
 * The targets of issue 14, judged on the measured results of every database (benchmark
 * results, not tests), each listing every value it was judged on so the verdict can be
 * checked by eye:
 * <ul>
 * <li>AUTO within {@value #AUTO_TO_JDBC}x of hand-written JDBC's time (each database's
 * best form) in every scenario at {@value #FROM_PARENTS} parents and more;</li>
 * <li>AUTO at most Hibernate's time (its best fetching per scenario) in every cell;</li>
 * <li>AUTO within {@value #AUTO_TO_FASTEST_PLAN}x of the fastest Relata plan in the cell:
 * JOIN, BATCHED or one query per parent (N+1);</li>
 * <li>AUTO's bytes allocated per loaded row no more than in the baseline run;</li>
 * <li>and issue 6's: per-parent top-3 ({@code TOP3}) at least
 * {@value #TOP3_TO_N_PLUS_ONE}x faster than one query per parent, at
 * {@value #FROM_PARENTS} parents and more.</li>
 * </ul>
 */
final class Targets {

	static final double AUTO_TO_JDBC = 1.2;

	static final double AUTO_TO_HIBERNATE = 1.0;

	static final double AUTO_TO_FASTEST_PLAN = 1.1;

	static final int FROM_PARENTS = 100;

	static final double TOP3_TO_N_PLUS_ONE = 3.0;

	private static final String AUTO = "RELATA_AUTO";

	private static final String N_PLUS_ONE = "RELATA_N_PLUS_ONE";

	private Targets() {
	}

	/**
	 * Returns the targets.
	 * @param baseline the allocation baseline
	 * @return the targets, in the order the report shows them
	 */
	static List<Target> all(AllocationBaseline baseline) {
		return List.of(
				new RatioTarget(
						"AUTO's time / JDBC's time, at " + FROM_PARENTS + " parents and more: at most "
								+ RatioTarget.format(AUTO_TO_JDBC),
						AUTO, List.of(ScenarioTable.BASELINE), AUTO_TO_JDBC, true, FROM_PARENTS, false, null),
				new RatioTarget(
						"AUTO's time / Hibernate's time, every size: at most " + RatioTarget.format(AUTO_TO_HIBERNATE),
						AUTO, List.of("HIBERNATE"), AUTO_TO_HIBERNATE, true, 1, false, null),
				new RatioTarget(
						"AUTO's time / the fastest Relata plan's (JOIN, BATCHED or one query per parent), every size: at most "
								+ RatioTarget.format(AUTO_TO_FASTEST_PLAN),
						AUTO, List.of("RELATA_JOIN", "RELATA_BATCHED", N_PLUS_ONE), AUTO_TO_FASTEST_PLAN, true, 1,
						false, null),
				new AllocationTarget(baseline),
				new RatioTarget(
						"TOP3 (issue 6): N+1's time / AUTO's time, at " + FROM_PARENTS + " parents and more: at least "
								+ RatioTarget.format(TOP3_TO_N_PLUS_ONE) + "x",
						N_PLUS_ONE, List.of(AUTO), TOP3_TO_N_PLUS_ONE, false, FROM_PARENTS, true, "TOP3"));
	}

	/**
	 * Renders the targets section: a summary per target and database, then per database
	 * every judged value.
	 * @param tables every table of the report
	 * @param targets the targets
	 * @return the markdown, empty without tables
	 */
	static String render(List<ScenarioTable> tables, List<Target> targets) {
		List<String> databases = new ArrayList<>(
				new LinkedHashSet<>(tables.stream().map(ScenarioTable::database).toList()));
		if (databases.isEmpty()) {
			return "";
		}
		StringBuilder md = new StringBuilder("## Targets\n\n");
		md.append("The issue's targets, judged per database on the results below (a benchmark result, not a test). ")
			.append("A verdict counts the judged cells: met; missed beyond JMH's error; or missed within JMH's error ")
			.append("(99.9%), where the interval of the two times still reaches the target. In the tables below, ")
			.append("**bold** marks a miss and (±) a miss within JMH's error.\n\n");
		List<String> header = new ArrayList<>();
		header.add("target");
		header.addAll(databases);
		MarkdownTable summary = new MarkdownTable(header, false);
		for (Target target : targets) {
			List<String> row = new ArrayList<>();
			row.add(target.title());
			for (String database : databases) {
				row.add(tally(target, of(tables, database)).summary());
			}
			summary.row(row);
		}
		md.append(summary).append('\n');
		for (String database : databases) {
			md.append("### Targets on ").append(database).append("\n\n");
			for (Target target : targets) {
				md.append(detail(target, of(tables, database))).append('\n');
			}
		}
		return md.toString();
	}

	/**
	 * Renders one target on one database's tables: its verdict, then a grid of the judged
	 * values (scenarios by sizes).
	 * @param target the target
	 * @param tables the database's tables
	 * @return the markdown
	 */
	static String detail(Target target, List<ScenarioTable> tables) {
		Tally tally = tally(target, tables);
		StringBuilder md = new StringBuilder("**" + target.title() + "**: " + tally.verdict() + ".");
		if (!target.note().isEmpty() && tally.judged() > 0) {
			md.append(' ').append(target.note());
		}
		md.append("\n");
		if (tally.judged() == 0 && tally.shown() == 0) {
			return md.toString();
		}
		md.append("\n");
		List<ScenarioTable> shown = tables.stream()
			.filter((table) -> table.sizes().stream().anyMatch((size) -> target.judge(table, size).isPresent()))
			.toList();
		List<Integer> sizes = shown.stream().flatMap((table) -> table.sizes().stream()).distinct().sorted().toList();
		List<String> header = new ArrayList<>();
		header.add("scenario");
		sizes.forEach((size) -> header.add(String.format(Locale.ROOT, "%,d", size)));
		MarkdownTable grid = new MarkdownTable(header);
		for (ScenarioTable table : shown) {
			List<String> row = new ArrayList<>();
			row.add(table.scenario());
			for (int size : sizes) {
				row.add(target.judge(table, size).map(Target::cell).orElse(ResultTables.MISSING));
			}
			grid.row(row);
		}
		return md.append(grid).toString();
	}

	private static List<ScenarioTable> of(List<ScenarioTable> tables, String database) {
		return tables.stream().filter((table) -> table.database().equals(database)).toList();
	}

	private static Tally tally(Target target, List<ScenarioTable> tables) {
		Map<Verdict, List<String>> cells = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			cells.put(verdict, new ArrayList<>());
		}
		for (ScenarioTable table : tables) {
			for (int size : table.sizes()) {
				Optional<Judgement> judgement = target.judge(table, size);
				judgement.ifPresent((judged) -> cells.get(judged.verdict()).add(table.scenario() + " at " + size));
			}
		}
		return new Tally(cells);
	}

	/**
	 * The cells of one target on one database, by verdict.
	 *
	 * @param cells the cells ({@code SCENARIO at SIZE}) by verdict
	 */
	private record Tally(Map<Verdict, List<String>> cells) {

		int judged() {
			return count(Verdict.MET) + count(Verdict.WITHIN_ERROR) + count(Verdict.MISSED);
		}

		int shown() {
			return count(Verdict.NOT_JUDGED);
		}

		int count(Verdict verdict) {
			return this.cells.get(verdict).size();
		}

		String summary() {
			return text(false);
		}

		String verdict() {
			return text(true);
		}

		/**
		 * The verdict in words: with the cells listed (under a target) or counted (in the
		 * summary).
		 */
		private String text(boolean listCells) {
			if (judged() == 0) {
				return listCells ? "not measured in this run" : "not measured";
			}
			if (count(Verdict.MET) == judged()) {
				return "met (" + judged() + " of " + judged() + ")";
			}
			List<String> parts = new ArrayList<>();
			if (count(Verdict.MISSED) > 0) {
				parts.add(listCells ? "missed at " + String.join(", ", this.cells.get(Verdict.MISSED))
						: "**missed " + count(Verdict.MISSED) + "**");
			}
			if (count(Verdict.WITHIN_ERROR) > 0) {
				parts.add(listCells
						? "missed within JMH's error (99.9%) at "
								+ String.join(", ", this.cells.get(Verdict.WITHIN_ERROR))
						: "within JMH's error " + count(Verdict.WITHIN_ERROR));
			}
			return String.join(listCells ? "; " : ", ", parts) + " (" + count(Verdict.MET) + " of " + judged()
					+ " met)";
		}

	}

}
