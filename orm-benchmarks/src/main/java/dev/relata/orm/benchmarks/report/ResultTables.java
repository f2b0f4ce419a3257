package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tables of one database and scenario: rows are parent-set sizes, columns the
 * contenders, one table per figure (ratio to JDBC, time, statements, allocation). A cell
 * the library refuses reads {@value ScenarioTable#NOT_SUPPORTED} in the ratio and time
 * tables; a cell of the second pass carries {@value #REMEASURED}.
 */
final class ResultTables {

	/**
	 * What a cell without a value shows.
	 */
	static final String MISSING = "—";

	/**
	 * The mark of a time re-measured in the runner's second pass.
	 */
	static final String REMEASURED = "‡";

	private ResultTables() {
	}

	/**
	 * The ratio table.
	 * @param table the results
	 * @return the markdown table
	 */
	static MarkdownTable ratios(ScenarioTable table) {
		return grid(table,
				(cell) -> table.ratio(cell.size(), cell.contender())
					.map((ratio) -> String.format(Locale.ROOT, "%.2f", ratio))
					.orElseGet(() -> refusedOrMissing(table, cell)));
	}

	/**
	 * The time table: score ± JMH's error.
	 * @param table the results
	 * @return the markdown table
	 */
	static MarkdownTable times(ScenarioTable table) {
		return grid(table, (cell) -> table.result(cell.size(), cell.contender()).map((result) -> {
			String time = number(result.score());
			time = Double.isNaN(result.error()) ? time : time + " ± " + number(result.error());
			return result.remeasured() ? time + " " + REMEASURED : time;
		}).orElseGet(() -> refusedOrMissing(table, cell)));
	}

	/**
	 * The allocation table, bytes per load.
	 * @param table the results
	 * @return the markdown table
	 */
	static MarkdownTable allocation(ScenarioTable table) {
		return grid(table,
				(cell) -> table.result(cell.size(), cell.contender())
					.flatMap((result) -> Optional.ofNullable(result.allocatedBytes()))
					.map((bytes) -> String.format(Locale.ROOT, "%,.0f", bytes))
					.orElse(MISSING));
	}

	/**
	 * The statements-per-load table, from the census.
	 * @param table the results
	 * @return the markdown table
	 */
	static MarkdownTable statements(ScenarioTable table) {
		return grid(table,
				(cell) -> table.result(cell.size(), cell.contender())
					.flatMap((result) -> Optional.ofNullable(result.counts()))
					.map((counts) -> String.format(Locale.ROOT, "%,d", counts.statements()))
					.orElse(MISSING));
	}

	/**
	 * The allocation table, bytes per loaded row, the rows per load beside the size.
	 * @param table the results
	 * @return the markdown table
	 */
	static MarkdownTable allocationPerRow(ScenarioTable table) {
		return grid(table,
				(cell) -> table.result(cell.size(), cell.contender())
					.flatMap(BenchmarkResult::allocatedBytesPerRow)
					.map((bytes) -> String.format(Locale.ROOT, "%,.0f", bytes))
					.orElse(MISSING),
				true);
	}

	/**
	 * Whether any time of the table comes from the second pass.
	 * @param table the results
	 * @return whether to explain {@value #REMEASURED}
	 */
	static boolean anyRemeasured(ScenarioTable table) {
		return table.results().stream().anyMatch(BenchmarkResult::remeasured);
	}

	private static String refusedOrMissing(ScenarioTable table, Cell cell) {
		return table.refusal(cell.size(), cell.contender())
			.map((refusal) -> ScenarioTable.NOT_SUPPORTED)
			.orElse(MISSING);
	}

	private static MarkdownTable grid(ScenarioTable table, Function<Cell, String> value) {
		return grid(table, value, false);
	}

	private static MarkdownTable grid(ScenarioTable table, Function<Cell, String> value, boolean withRows) {
		List<String> header = new ArrayList<>();
		header.add(withRows ? "parents (rows per load)" : "parents");
		header.addAll(table.columns());
		MarkdownTable grid = new MarkdownTable(header);
		for (int size : table.sizes()) {
			List<String> row = new ArrayList<>();
			String parents = String.format(Locale.ROOT, "%,d", size);
			if (withRows) {
				parents += table.rows(size).map((rows) -> String.format(Locale.ROOT, " (%,d)", rows)).orElse("");
			}
			row.add(parents);
			table.columns().forEach((contender) -> row.add(value.apply(new Cell(size, contender))));
			grid.row(row);
		}
		return grid;
	}

	/**
	 * A time or error with about three significant digits, thousands separated.
	 * @param value the value
	 * @return the text, {@code n/a} for NaN
	 */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		if (Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return String.format(Locale.ROOT, (Math.abs(value) >= 10) ? "%.1f" : "%.2f", value);
	}

	private record Cell(int size, String contender) {

	}

}
