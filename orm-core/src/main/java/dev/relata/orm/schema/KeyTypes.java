package dev.relata.orm.schema;

/**
 * Facts about key types: boxing, and which types count as integral (keys of different
 * integral types may reference each other; their values are normalized when rows are
 * matched).
 */
public final class KeyTypes {

	private KeyTypes() {
	}

	/**
	 * Returns the wrapper of a primitive type, or the type itself.
	 * @param type a type
	 * @return its boxed form
	 */
	public static Class<?> box(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		if (type == long.class) {
			return Long.class;
		}
		if (type == int.class) {
			return Integer.class;
		}
		if (type == short.class) {
			return Short.class;
		}
		if (type == byte.class) {
			return Byte.class;
		}
		if (type == boolean.class) {
			return Boolean.class;
		}
		if (type == char.class) {
			return Character.class;
		}
		if (type == double.class) {
			return Double.class;
		}
		return Float.class;
	}

	/**
	 * Tells whether a type is an integral number type.
	 * @param type a boxed type
	 * @return {@code true} for Long, Integer, Short and Byte
	 */
	public static boolean integral(Class<?> type) {
		return type == Long.class || type == Integer.class || type == Short.class || type == Byte.class;
	}

}
