package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * A named subquery of a {@code WITH} clause: {@code "parents" ("id") AS (SELECT ...)}.
 *
 * @param name the name, referenced by a {@link TableRef}
 * @param columns the column names; empty to take the subquery's
 * @param select the subquery
 */
public record CommonTableExpression(String name, List<String> columns, Select select) {

	/**
	 * Checks the components and copies the columns.
	 */
	public CommonTableExpression {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		Objects.requireNonNull(select, "select");
	}

}
