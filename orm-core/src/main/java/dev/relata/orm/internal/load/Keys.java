package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.relata.orm.schema.KeyTypes;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.ValueConversions;

/**
 * Key values as the loader compares them: integral numbers of any width as {@code Long},
 * so an {@code Integer} foreign key matches a {@code Long} primary key.
 */
final class Keys {

	private Keys() {
	}

	static Object normalize(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		return value;
	}

	/**
	 * Converts normalized keys to the Java type of the column they are compared with.
	 */
	static List<Object> forColumn(Collection<Object> keys, ModelProperty column, ValueConversions conversions) {
		Class<?> type = KeyTypes.box(column.columnType());
		List<Object> converted = new ArrayList<>(keys.size());
		for (Object key : keys) {
			Object value = (type == key.getClass()) ? key : conversions.toPropertyType(key, column);
			converted.add(conversions.toColumnValue(value, column));
		}
		return converted;
	}

	static Set<Object> distinct() {
		return new LinkedHashSet<>();
	}

}
