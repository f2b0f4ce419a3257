package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code UPDATE "table" SET ... WHERE ...}.
 *
 * @param table the updated table; its alias, if any, may qualify columns of the condition
 * @param assignments the columns to set; at least one
 * @param where the row filter, or {@code null} for all rows
 */
public record Update(TableRef table, List<Assignment> assignments, @Nullable Condition where) implements Statement {

	/**
	 * Checks the components and copies the assignments.
	 */
	public Update {
		Objects.requireNonNull(table, "table");
		assignments = List.copyOf(assignments);
		if (assignments.isEmpty()) {
			throw new IllegalArgumentException("An UPDATE of " + table.table() + " needs at least one assignment");
		}
	}

}
