package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code INSERT INTO "table" (columns) SELECT ...}: inserts what a select returns, such
 * as a row guarded by {@code WHERE NOT EXISTS (...)}.
 *
 * @param table the table; an alias is ignored
 * @param columns the inserted columns, one per select item
 * @param source the select whose rows are inserted
 */
public record InsertSelect(TableRef table, List<String> columns, Select source) implements Statement {

	/**
	 * Checks the components and copies the columns.
	 */
	public InsertSelect {
		Objects.requireNonNull(table, "table");
		columns = List.copyOf(columns);
		if (columns.size() != source.items().size()) {
			throw new IllegalArgumentException("An INSERT into " + table.table() + " has " + columns.size()
					+ " columns " + columns + " but its select has " + source.items().size() + " items");
		}
	}

}
