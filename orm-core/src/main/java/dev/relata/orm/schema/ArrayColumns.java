package dev.relata.orm.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.relata.orm.exception.ValueConversionException;
import org.jspecify.annotations.Nullable;

/**
 * Array columns: a {@code List<String>}, {@code List<Integer>} or {@code List<Long>}
 * property is stored in an array column ({@code text[]}, {@code integer[]},
 * {@code bigint[]} on PostgreSQL; {@code VARCHAR ARRAY}, {@code INTEGER ARRAY},
 * {@code BIGINT ARRAY} on H2) through a built-in converter to {@code String[]},
 * {@code Integer[]} or {@code Long[]}, the column types the JDBC layer binds with
 * {@code createArrayOf} and reads with {@code getArray}. Elements may be {@code null};
 * lists read back are unmodifiable.
 */
final class ArrayColumns {

	static final String DESCRIPTION = "List<String>, List<Integer> or List<Long> (array columns, on PostgreSQL and H2)";

	private static final Map<Class<?>, Class<?>> ARRAY_TYPES = Map.of(String.class, String[].class, Integer.class,
			Integer[].class, Long.class, Long[].class);

	private ArrayColumns() {
	}

	/**
	 * Returns the element type of a {@code List<E>} property whose element is a plain
	 * class, supported in array columns or not.
	 * @param type the raw property type
	 * @param genericType the generic property type
	 * @return the element class, or {@code null} if the property is no list of a class
	 */
	static @Nullable Class<?> listElement(Class<?> type, Type genericType) {
		if (type != List.class || !(genericType instanceof ParameterizedType parameterized)) {
			return null;
		}
		Type element = parameterized.getActualTypeArguments()[0];
		return (element instanceof Class<?> elementClass) ? elementClass : null;
	}

	/**
	 * Tells whether a list of this element type would be a column (a scalar element)
	 * rather than a relation slot (a list of models).
	 * @param element the element class
	 * @return whether the element is a scalar type
	 */
	static boolean scalarElement(Class<?> element) {
		return SupportedTypes.isSupported(element);
	}

	/**
	 * Returns the converter of an array column property.
	 * @param element the list's element type
	 * @return the converter, or {@code null} if arrays of this element are not supported
	 */
	static @Nullable ValueConverter<Object, Object> converter(Class<?> element) {
		Class<?> arrayType = ARRAY_TYPES.get(element);
		return (arrayType != null) ? new ListConverter(element, arrayType) : null;
	}

	/**
	 * Tells whether a column type is one of the array column types.
	 * @param columnType a property's column type
	 * @return whether it is {@code String[]}, {@code Integer[]} or {@code Long[]}
	 */
	static boolean isArrayType(Class<?> columnType) {
		return ARRAY_TYPES.containsValue(columnType);
	}

	private record ListConverter(Class<?> element, Class<?> arrayType) implements ValueConverter<Object, Object> {

		@Override
		public Class<Object> modelType() {
			return cast(List.class);
		}

		@Override
		public Class<Object> columnType() {
			return cast(this.arrayType);
		}

		@Override
		public @Nullable Object toColumn(@Nullable Object value) {
			if (value == null) {
				return null;
			}
			List<?> list = (List<?>) value;
			Object[] array = (Object[]) java.lang.reflect.Array.newInstance(this.element, list.size());
			for (int i = 0; i < array.length; i++) {
				array[i] = element(list.get(i), i);
			}
			return array;
		}

		private @Nullable Object element(@Nullable Object value, int index) {
			if (value == null || this.element.isInstance(value)) {
				return value;
			}
			if (value instanceof Number number && this.element != String.class) {
				Object converted;
				try {
					converted = ExactNumbers.convert(number, this.element);
				}
				catch (ArithmeticException | NumberFormatException ex) {
					throw failure(value, index, ex);
				}
				if (converted != null) {
					return converted;
				}
			}
			throw failure(value, index, null);
		}

		private ValueConversionException failure(Object value, int index, @Nullable Exception cause) {
			String message = "Element " + index + " of the list is a " + value.getClass().getName()
					+ ", which an array of " + this.element.getSimpleName() + " cannot hold";
			return (cause != null) ? new ValueConversionException(message, cause)
					: new ValueConversionException(message);
		}

		@Override
		public @Nullable Object toModel(@Nullable Object value) {
			if (value == null) {
				return null;
			}
			Object[] array = (Object[]) value;
			return Collections.unmodifiableList(Arrays.asList(array.clone()));
		}

		@SuppressWarnings("unchecked")
		private static Class<Object> cast(Class<?> type) {
			return (Class<Object>) type;
		}

	}

}
