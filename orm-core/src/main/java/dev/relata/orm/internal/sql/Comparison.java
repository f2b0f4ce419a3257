package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * A binary comparison: {@code t0."age" >= ?}.
 *
 * @param left the left side
 * @param operator the operator
 * @param right the right side
 */
public record Comparison(Expression left, ComparisonOperator operator, Expression right) implements Condition {

	/**
	 * Checks the components.
	 */
	public Comparison {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(right, "right");
	}

}
