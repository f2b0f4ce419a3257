package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code INSERT INTO "table" (columns) VALUES (...), (...) [ON CONFLICT DO NOTHING] [RETURNING ...]}.
 *
 * @param table the table; an alias is ignored
 * @param columns the inserted columns; at least one
 * @param rows the rows of values, each with one value per column; at least one
 * @param returning the columns to return; non-empty only for dialects that support insert
 * returning
 * @param ignoreConflicts whether rows that violate a unique key are skipped
 * ({@code ON CONFLICT DO NOTHING}); only for dialects that support it
 */
public record Insert(TableRef table, List<String> columns, List<List<Expression>> rows, List<String> returning,
		boolean ignoreConflicts) implements Statement {

	/**
	 * Creates an insert that fails on conflicts.
	 * @param table the table
	 * @param columns the inserted columns
	 * @param rows the rows of values
	 * @param returning the columns to return
	 */
	public Insert(TableRef table, List<String> columns, List<List<Expression>> rows, List<String> returning) {
		this(table, columns, rows, returning, false);
	}

	/**
	 * Checks the components, copies the lists and checks that every row fits the columns.
	 */
	public Insert {
		Objects.requireNonNull(table, "table");
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		returning = List.copyOf(returning);
		if (columns.isEmpty() || rows.isEmpty()) {
			throw new IllegalArgumentException("An INSERT into " + table.table() + " needs columns and rows");
		}
		for (List<Expression> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("An INSERT into " + table.table() + " has " + columns.size()
						+ " columns " + columns + " but a row of " + row.size() + " values");
			}
		}
	}

}
