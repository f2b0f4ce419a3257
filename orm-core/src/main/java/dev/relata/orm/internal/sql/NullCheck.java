package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code x IS NULL}, or {@code x IS NOT NULL} when negated.
 *
 * @param expression the tested expression
 * @param negated whether to test for non-null
 */
public record NullCheck(Expression expression, boolean negated) implements Condition {

	/**
	 * Checks the components.
	 */
	public NullCheck {
		Objects.requireNonNull(expression, "expression");
	}

}
