package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code x = ANY(?)} with one array bind: a key list of any length in one fixed
 * statement. Only for dialects that support array parameters; the renderer refuses it
 * elsewhere.
 *
 * @param expression the tested expression
 * @param array the candidate values
 */
public record EqualsAny(Expression expression, ArrayBind array) implements Condition {

	/**
	 * Checks the components.
	 */
	public EqualsAny {
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(array, "array");
	}

}
