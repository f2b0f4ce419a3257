package dev.relata.orm.schema;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The Java types a column can hold without a {@link ValueConverter}, and primitive
 * helpers.
 */
final class SupportedTypes {

	static final String DESCRIPTION = "boolean, byte, short, int, long, float, double, char and their boxes, "
			+ "String, BigDecimal, UUID, byte[], LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant "
			+ "and any enum";

	private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
			short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class, Float.class,
			double.class, Double.class, char.class, Character.class);

	private static final Set<Class<?>> OTHERS = Set.of(String.class, BigDecimal.class, UUID.class, byte[].class,
			LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetDateTime.class, Instant.class);

	private static final Set<Class<?>> INTEGRAL = Set.of(short.class, int.class, long.class, Short.class, Integer.class,
			Long.class);

	private SupportedTypes() {
	}

	static boolean isSupported(Class<?> type) {
		return type.isEnum() || OTHERS.contains(type) || BOXES.containsKey(type) || BOXES.containsValue(type);
	}

	static boolean isIntegral(Class<?> type) {
		return INTEGRAL.contains(type);
	}

	static Class<?> boxed(Class<?> type) {
		return type.isPrimitive() ? BOXES.get(type) : type;
	}

	static @Nullable Object defaultValue(Class<?> type) {
		return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
	}

}
