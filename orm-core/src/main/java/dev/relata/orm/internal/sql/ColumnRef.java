package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column, optionally qualified by a table alias: {@code t0."role_id"}.
 *
 * @param qualifier the table alias chosen by the ORM ({@code t0}), or {@code null}
 * @param column the column name as in the schema; folded and quoted when rendered
 */
public record ColumnRef(@Nullable String qualifier, String column) implements Expression {

	/**
	 * Checks the components.
	 */
	public ColumnRef {
		Objects.requireNonNull(column, "column");
	}

}
