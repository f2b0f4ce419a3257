package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code NOT (condition)}.
 *
 * @param operand the negated condition
 */
public record Not(Condition operand) implements Condition {

	/**
	 * Checks the components.
	 */
	public Not {
		Objects.requireNonNull(operand, "operand");
	}

}
