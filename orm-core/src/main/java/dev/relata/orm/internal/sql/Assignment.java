package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * One {@code SET "column" = value} of an {@link Update}.
 *
 * @param column the column name as in the schema
 * @param value the new value, usually a {@link Bind}
 */
public record Assignment(String column, Expression value) {

	/**
	 * Checks the components.
	 */
	public Assignment {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(value, "value");
	}

}
