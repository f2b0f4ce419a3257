package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code x IN (SELECT ...)}, or {@code x NOT IN (SELECT ...)} when negated.
 *
 * @param expression the tested expression
 * @param select the subquery selecting one column
 * @param negated whether to render {@code NOT IN}
 */
public record InSelect(Expression expression, Select select, boolean negated) implements Condition {

	/**
	 * Checks the components.
	 */
	public InSelect {
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(select, "select");
	}

}
