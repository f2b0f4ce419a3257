package dev.relata.orm.query;

import dev.relata.orm.schema.PropertyRef;
import org.jspecify.annotations.Nullable;

/**
 * The assignments of a set-based update: {@code query.update(s -> s.set("note", "x"))}.
 *
 * @param <T> the model type
 */
public interface UpdateSpec<T> {

	/**
	 * Sets a property of every matching row.
	 * @param property a property or column name
	 * @param value the new value, converted to the property's type; {@code null} for NULL
	 * @return this spec
	 */
	UpdateSpec<T> set(String property, @Nullable Object value);

	/**
	 * Sets a property named by a method reference.
	 * @param <V> the property's type
	 * @param property a method reference to the property's accessor
	 * @param value the new value; {@code null} for NULL
	 * @return this spec
	 */
	<V> UpdateSpec<T> set(PropertyRef<T, V> property, @Nullable V value);

}
