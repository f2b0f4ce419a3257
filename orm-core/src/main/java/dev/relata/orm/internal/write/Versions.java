package dev.relata.orm.internal.write;

import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * Values of {@code @Version} properties: the initial version and the next one.
 */
final class Versions {

	private Versions() {
	}

	static Object initial(ModelProperty version) {
		return convert(version, 0L);
	}

	static Object next(ModelProperty version, @Nullable Object current) {
		long value = (current != null) ? ((Number) current).longValue() : -1L;
		return convert(version, value + 1);
	}

	private static Object convert(ModelProperty version, long value) {
		Class<?> type = version.javaType();
		if (type == Integer.class || type == int.class) {
			return Math.toIntExact(value);
		}
		if (type == Short.class || type == short.class) {
			return (short) value;
		}
		return value;
	}

}
