package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code x IN (?, ?)}, or {@code x NOT IN (...)} when negated. An empty list renders as
 * {@code 1=0} ({@code 1=1} when negated), since {@code IN ()} is not valid SQL.
 *
 * @param expression the tested expression
 * @param values the candidate values; may be empty
 * @param negated whether to render {@code NOT IN}
 */
public record InList(Expression expression, List<Expression> values, boolean negated) implements Condition {

	/**
	 * Checks the components and copies the values.
	 */
	public InList {
		Objects.requireNonNull(expression, "expression");
		values = List.copyOf(values);
	}

}
