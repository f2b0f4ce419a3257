package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.relata.orm.benchmarks.ContenderKind;

/**
 * The results of one database and scenario: rows are parent-set sizes (ascending),
 * columns are contenders (in {@link ContenderKind} order, unknown names last), and each
 * cell's ratio is relative to the JDBC baseline's time at the same size.
 *
 * @param database the database
 * @param scenario the scenario
 * @param sizes the parent-set sizes, ascending
 * @param contenders the contenders
 * @param cells the results by size, then contender
 */
record ScenarioTable(String database, String scenario, List<Integer> sizes, List<String> contenders,
		Map<Integer, Map<String, BenchmarkResult>> cells) {

	/**
	 * The contender every ratio is relative to.
	 */
	static final String BASELINE = ContenderKind.JDBC.name();

	/**
	 * Groups results by database and scenario, in first-seen order.
	 * @param results the results
	 * @return one table per database and scenario
	 */
	static List<ScenarioTable> of(List<BenchmarkResult> results) {
		Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
		for (BenchmarkResult result : results) {
			groups.computeIfAbsent(result.database() + "/" + result.scenario(), (key) -> new ArrayList<>()).add(result);
		}
		return groups.values().stream().map(ScenarioTable::table).toList();
	}

	private static ScenarioTable table(List<BenchmarkResult> results) {
		TreeSet<Integer> sizes = new TreeSet<>();
		TreeSet<String> contenders = new TreeSet<>(
				Comparator.comparingInt(ScenarioTable::order).thenComparing(Comparator.naturalOrder()));
		Map<Integer, Map<String, BenchmarkResult>> cells = new LinkedHashMap<>();
		for (BenchmarkResult result : results) {
			sizes.add(result.size());
			contenders.add(result.contender());
			cells.computeIfAbsent(result.size(), (size) -> new LinkedHashMap<>()).put(result.contender(), result);
		}
		BenchmarkResult first = results.get(0);
		return new ScenarioTable(first.database(), first.scenario(), List.copyOf(sizes), List.copyOf(contenders),
				cells);
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
	 * Returns one cell.
	 * @param size the parent-set size
	 * @param contender the contender
	 * @return the result, empty when the contender did not run at that size
	 */
	Optional<BenchmarkResult> result(int size, String contender) {
		return Optional.ofNullable(this.cells.getOrDefault(size, Map.of()).get(contender));
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
		return this.cells.values()
			.stream()
			.flatMap((row) -> row.values().stream())
			.anyMatch((result) -> result.allocatedBytes() != null);
	}

	/**
	 * Whether any result of this table carries the statement census' counts.
	 * @return {@code true} when the report was given a census
	 */
	boolean hasCounts() {
		return this.cells.values()
			.stream()
			.flatMap((row) -> row.values().stream())
			.anyMatch((result) -> result.counts() != null);
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
	 * Returns the JMH iterations of this table's results (one run's settings).
	 * @return e.g. {@code 3 x 1 s warm-up, 5 x 1 s measurement}
	 */
	String iterations() {
		return this.cells.values().iterator().next().values().iterator().next().iterations();
	}

	/**
	 * Returns the unit of the times, e.g. {@code us/op}.
	 * @return the unit
	 */
	String unit() {
		return this.cells.values().iterator().next().values().iterator().next().unit();
	}

	/**
	 * Returns the chart's file name: {@code <database>-<scenario>.svg}, lower case.
	 * @return the file name
	 */
	String chartFileName() {
		return (this.database + "-" + this.scenario).toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".svg";
	}

}
