package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.relata.orm.benchmarks.ContenderKind;
import dev.relata.orm.benchmarks.report.Census.Refusal;

/**
 * The results of one database and scenario: rows are parent-set sizes (ascending),
 * columns are contenders (in {@link ContenderKind} order, unknown names last), and each
 * cell's ratio is relative to the JDBC baseline's time at the same size. A cell the
 * library refused is "not supported yet" rather than missing.
 *
 * @param database the database
 * @param scenario the scenario
 * @param sizes the parent-set sizes, ascending
 * @param contenders the contenders with at least one result
 * @param cells the results by size, then contender
 * @param refusals the refused cells' messages by size, then contender
 */
record ScenarioTable(String database, String scenario, List<Integer> sizes, List<String> contenders,
		Map<Integer, Map<String, BenchmarkResult>> cells, Map<Integer, Map<String, String>> refusals) {

	/**
	 * The contender every ratio is relative to.
	 */
	static final String BASELINE = ContenderKind.JDBC.name();

	/**
	 * What a refused cell shows.
	 */
	static final String NOT_SUPPORTED = "not supported yet";

	/**
	 * Groups results by database and scenario, in first-seen order.
	 * @param results the results
	 * @return one table per database and scenario
	 */
	static List<ScenarioTable> of(List<BenchmarkResult> results) {
		return of(results, List.of());
	}

	/**
	 * Groups results by database and scenario, in first-seen order, with the refused
	 * cells of the groups that have results.
	 * @param results the results
	 * @param refusals the combinations the library refuses
	 * @return one table per database and scenario
	 */
	static List<ScenarioTable> of(List<BenchmarkResult> results, List<Refusal> refusals) {
		Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
		for (BenchmarkResult result : results) {
			groups.computeIfAbsent(group(result.database(), result.scenario()), (key) -> new ArrayList<>()).add(result);
		}
		List<ScenarioTable> tables = new ArrayList<>();
		for (Map.Entry<String, List<BenchmarkResult>> group : groups.entrySet()) {
			List<Refusal> refused = refusals.stream()
				.filter((refusal) -> group(refusal.database(), refusal.scenario()).equals(group.getKey()))
				.toList();
			tables.add(table(group.getValue(), refused));
		}
		return tables;
	}

	private static String group(String database, String scenario) {
		return database + "/" + scenario;
	}

	private static ScenarioTable table(List<BenchmarkResult> results, List<Refusal> refused) {
		TreeSet<Integer> sizes = new TreeSet<>();
		TreeSet<String> contenders = new TreeSet<>(contenderOrder());
		Map<Integer, Map<String, BenchmarkResult>> cells = new LinkedHashMap<>();
		for (BenchmarkResult result : results) {
			sizes.add(result.size());
			contenders.add(result.contender());
			cells.computeIfAbsent(result.size(), (size) -> new LinkedHashMap<>()).put(result.contender(), result);
		}
		Map<Integer, Map<String, String>> refusals = new LinkedHashMap<>();
		for (Refusal refusal : refused) {
			if (sizes.contains(refusal.size()) && !cells.get(refusal.size()).containsKey(refusal.contender())) {
				refusals.computeIfAbsent(refusal.size(), (size) -> new LinkedHashMap<>())
					.put(refusal.contender(), refusal.message());
			}
		}
		BenchmarkResult first = results.get(0);
		return new ScenarioTable(first.database(), first.scenario(), List.copyOf(sizes), List.copyOf(contenders), cells,
				refusals);
	}

	private static Comparator<String> contenderOrder() {
		return Comparator.comparingInt(ScenarioTable::order).thenComparing(Comparator.naturalOrder());
	}

	private static int order(String contender) {
		for (ContenderKind kind : ContenderKind.values()) {
			if (kind.name().equals(contender)) {
				return kind.ordinal();
			}
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * Returns the columns of the report's tables: the measured contenders and the refused
	 * ones.
	 * @return the contenders, in {@link ContenderKind} order
	 */
	List<String> columns() {
		TreeSet<String> columns = new TreeSet<>(contenderOrder());
		columns.addAll(this.contenders);
		this.refusals.values().forEach((row) -> columns.addAll(row.keySet()));
		return List.copyOf(columns);
	}

	/**
	 * Returns one cell.
	 * @param size the parent-set size
	 * @param contender the contender
	 * @return the result, empty when the contender did not run at that size
	 */
	Optional<BenchmarkResult> result(int size, String contender) {
		return Optional.ofNullable(this.cells.getOrDefault(size, Map.of()).get(contender));
	}

	/**
	 * Returns why the library refuses a cell.
	 * @param size the parent-set size
	 * @param contender the contender
	 * @return the library's message, empty when it is not refused
	 */
	Optional<String> refusal(int size, String contender) {
		return Optional.ofNullable(this.refusals.getOrDefault(size, Map.of()).get(contender));
	}

	/**
	 * Returns every result of this table.
	 * @return the results, by size then contender
	 */
	List<BenchmarkResult> results() {
		return this.cells.values().stream().flatMap((row) -> row.values().stream()).toList();
	}

	/**
	 * Returns a cell's time relative to the baseline's at the same size (lower is
	 * better).
	 * @param size the parent-set size
	 * @param contender the contender
	 * @return the ratio, empty when either result is missing
	 */
	Optional<Double> ratio(int size, String contender) {
		Optional<BenchmarkResult> baseline = result(size, BASELINE).filter((result) -> result.score() > 0);
		return result(size, contender).flatMap((result) -> baseline.map((base) -> result.score() / base.score()));
	}

	/**
	 * Whether any result of this table carries an allocation figure.
	 * @return {@code true} with {@code -prof gc}
	 */
	boolean hasAllocation() {
		return results().stream().anyMatch((result) -> result.allocation() != null);
	}

	/**
	 * Whether any result of this table carries the statement census' counts.
	 * @return {@code true} when the report was given a census
	 */
	boolean hasCounts() {
		return results().stream().anyMatch((result) -> result.counts() != null);
	}

	/**
	 * Returns the rows one load returns at a size, from the census (the same for every
	 * contender, checked against JDBC).
	 * @param size the parent-set size
	 * @return the rows, empty without a census
	 */
	Optional<Long> rows(int size) {
		return this.cells.getOrDefault(size, Map.of())
			.values()
			.stream()
			.filter((result) -> result.counts() != null)
			.map((result) -> result.counts().rows())
			.findFirst();
	}

	/**
	 * Returns the JMH settings of this table's first-pass results (one run's settings).
	 * @return e.g. {@code 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement}
	 */
	String iterations() {
		return results().stream()
			.filter((result) -> !result.remeasured())
			.findFirst()
			.orElse(results().get(0))
			.iterations();
	}

	/**
	 * Returns the unit of the times, e.g. {@code us/op}.
	 * @return the unit
	 */
	String unit() {
		return results().get(0).unit();
	}

	/**
	 * Returns the chart's file name: {@code <database>-<scenario>.svg}, lower case.
	 * @return the file name
	 */
	String chartFileName() {
		return (this.database + "-" + this.scenario).toLowerCase(Locale.ROOT).replace('_', '-') + ".svg";
	}

}
