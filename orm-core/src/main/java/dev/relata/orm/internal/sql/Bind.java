package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A bind parameter, rendered as {@code ?}.
 *
 * @param value the value to bind; may be {@code null}
 * @param javaType the Java type of the compared or assigned property, so that a
 * {@code null} can be bound with the right SQL type
 */
public record Bind(@Nullable Object value, Class<?> javaType) implements Expression {

	/**
	 * Checks the components.
	 */
	public Bind {
		Objects.requireNonNull(javaType, "javaType");
	}

	/**
	 * A bind of a non-null value typed by its own class.
	 * @param value the value
	 * @return the bind
	 */
	public static Bind of(Object value) {
		return new Bind(value, value.getClass());
	}

}
