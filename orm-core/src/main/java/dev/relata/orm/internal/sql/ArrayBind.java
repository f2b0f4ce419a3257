package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * A list of values bound as one array parameter, for {@code x = ANY(?)} on dialects that
 * support array parameters.
 *
 * @param values the values, none {@code null}
 * @param elementType the Java type of the elements
 */
public record ArrayBind(List<?> values, Class<?> elementType) implements Expression {

	/**
	 * Checks the components and copies the values.
	 */
	public ArrayBind {
		values = List.copyOf(values);
		Objects.requireNonNull(elementType, "elementType");
	}

}
