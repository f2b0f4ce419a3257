package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code value = ANY(array)}: an array column holds the value. PostgreSQL and H2 read it
 * alike; the renderer refuses it on dialects without arrays.
 *
 * @param array the array column
 * @param value the element looked for, a bind
 */
public record ArrayContains(Expression array, Expression value) implements Condition {

	/**
	 * Checks the components.
	 */
	public ArrayContains {
		Objects.requireNonNull(array, "array");
		Objects.requireNonNull(value, "value");
	}

}
