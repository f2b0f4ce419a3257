package dev.relata.orm.internal.sql;

import java.util.List;

/**
 * The conjunction of conditions. Prefer {@link Condition#and(List)}, which flattens
 * nested conjunctions. An {@link Or} operand is parenthesised when rendered; no operands
 * render {@code 1=1}.
 *
 * @param operands the conditions
 */
public record And(List<Condition> operands) implements Condition {

	/**
	 * Copies the operands.
	 */
	public And {
		operands = List.copyOf(operands);
	}

}
