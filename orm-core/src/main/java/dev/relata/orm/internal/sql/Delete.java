package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code DELETE FROM "table" WHERE ...}.
 *
 * @param table the table; its alias, if any, may qualify columns of the condition
 * @param where the row filter, or {@code null} for all rows
 */
public record Delete(TableRef table, @Nullable Condition where) implements Statement {

	/**
	 * Checks the components.
	 */
	public Delete {
		Objects.requireNonNull(table, "table");
	}

}
