package dev.relata.orm.schema;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The value of a composite key: the values of the key properties in the model's property
 * order. Equal when the values are equal, so keys can be used in maps and sets.
 */
public final class Key {

	private final List<Object> values;

	private Key(List<Object> values) {
		this.values = values;
	}

	/**
	 * Creates a key from its values, in the model's key property order.
	 * @param values the key values, none null
	 * @return the key
	 * @throws IllegalArgumentException if no value is given or one is null
	 */
	public static Key of(Object... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("A key needs at least one value");
		}
		if (Arrays.asList(values).contains(null)) {
			throw new IllegalArgumentException("A key value must not be null: " + Arrays.toString(values));
		}
		return new Key(List.of(values));
	}

	/**
	 * Returns the key values in the model's key property order.
	 * @return an unmodifiable list of the values
	 */
	public List<Object> values() {
		return this.values;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof Key key && this.values.equals(key.values));
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "Key" + this.values;
	}

}
