package dev.relata.orm.query;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * A typed condition on one property, started with {@code where(User::age)}: the compiler
 * checks that values have the property's type.
 *
 * @param <S> what the completing methods return
 * @param <V> the property's type
 */
public interface PropertyCondition<S, V> {

	/**
	 * {@code = value}; {@code null} means {@code IS NULL}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S is(@Nullable V value);

	/**
	 * {@code <> value}; {@code null} means {@code IS NOT NULL}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S isNot(@Nullable V value);

	/**
	 * {@code > value}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S gt(V value);

	/**
	 * {@code >= value}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S ge(V value);

	/**
	 * {@code < value}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S lt(V value);

	/**
	 * {@code <= value}.
	 * @param value the value
	 * @return the query or group, for chaining
	 */
	S le(V value);

	/**
	 * {@code LIKE pattern} on a text property.
	 * @param pattern the pattern, with {@code %} and {@code _}
	 * @return the query or group, for chaining
	 */
	S like(String pattern);

	/**
	 * {@code IN (values)}; an empty collection matches nothing.
	 * @param values the values
	 * @return the query or group, for chaining
	 */
	S in(Collection<? extends V> values);

	/**
	 * {@code NOT IN (values)}; an empty collection matches everything.
	 * @param values the values
	 * @return the query or group, for chaining
	 */
	S notIn(Collection<? extends V> values);

	/**
	 * {@code IS NULL}.
	 * @return the query or group, for chaining
	 */
	S isNull();

	/**
	 * {@code IS NOT NULL}.
	 * @return the query or group, for chaining
	 */
	S isNotNull();

}
