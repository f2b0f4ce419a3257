package dev.relata.orm.schema;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.jspecify.annotations.Nullable;

/**
 * Converts numbers between the supported numeric types when, and only when, no precision
 * is lost. Floating-point values count by their decimal representation ({@code 0.1d} is
 * 0.1).
 */
final class ExactNumbers {

	private ExactNumbers() {
	}

	/**
	 * @return the converted number, or null when the target is not numeric
	 * @throws ArithmeticException when the value does not fit exactly
	 */
	static @Nullable Object convert(Number number, Class<?> target) {
		if (!Number.class.isAssignableFrom(target)) {
			return null;
		}
		BigDecimal decimal = decimal(number);
		if (target == Long.class) {
			return decimal.longValueExact();
		}
		if (target == Integer.class) {
			return decimal.intValueExact();
		}
		if (target == Short.class) {
			return decimal.shortValueExact();
		}
		if (target == Byte.class) {
			return decimal.byteValueExact();
		}
		if (target == BigDecimal.class) {
			return decimal;
		}
		if (target == Double.class) {
			return checked(decimal, decimal.doubleValue(), BigDecimal.valueOf(decimal.doubleValue()));
		}
		if (target == Float.class) {
			float value = decimal.floatValue();
			return checked(decimal, value, new BigDecimal(Float.toString(value)));
		}
		return null;
	}

	private static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			// NaN and infinities throw NumberFormatException: they fit no exact type
			return new BigDecimal(number.toString());
		}
		return BigDecimal.valueOf(number.longValue());
	}

	private static Number checked(BigDecimal expected, Number converted, BigDecimal convertedDecimal) {
		if (convertedDecimal.compareTo(expected) != 0) {
			throw new ArithmeticException("not exactly representable");
		}
		return converted;
	}

}
