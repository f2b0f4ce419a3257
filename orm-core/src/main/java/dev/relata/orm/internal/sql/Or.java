package dev.relata.orm.internal.sql;

import java.util.List;

/**
 * The disjunction of conditions. Prefer {@link Condition#or(List)}, which flattens nested
 * disjunctions. An {@link And} operand is parenthesised when rendered; no operands render
 * {@code 1=0}.
 *
 * @param operands the conditions
 */
public record Or(List<Condition> operands) implements Condition {

	/**
	 * Copies the operands.
	 */
	public Or {
		operands = List.copyOf(operands);
	}

}
