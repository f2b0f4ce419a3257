package dev.relata.sample.seed;

import java.util.List;

/**
 * The seed rows of one table and the statement that inserts them.
 *
 * @param table the table's name
 * @param insert the {@code INSERT} statement with one placeholder per column
 * @param types the SQL type of each column, as {@link java.sql.Types} constants
 * @param rows the values of each row, keys included, in insert order
 */
public record SeedTable(String table, String insert, int[] types, List<Object[]> rows) {

	/**
	 * Creates a table, copying the rows list.
	 */
	public SeedTable {
		types = types.clone();
		rows = List.copyOf(rows);
	}

}
