package dev.relata.orm.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import dev.relata.orm.exception.ValueConversionException;
import org.jspecify.annotations.Nullable;

/**
 * Converts values to the Java type of a property: query values before they are bound
 * ({@code where("id", 1)} on a {@code Long} key binds {@code 1L}), and property values to
 * and from their column values through the property's {@link ValueConverter}. Only
 * lossless conversions are made; anything else fails naming both types and the property.
 */
public final class ValueConversions {

	ValueConversions() {
	}

	/**
	 * Converts a query value to the Java type of the property it is compared with.
	 * Numbers convert when the value is exactly representable; a {@code String} converts
	 * to a {@code UUID}, an enum constant by name, a {@code char} of one character or an
	 * ISO-8601 date or time; {@code CharSequence} and {@code Character} to
	 * {@code String}; {@code Instant} and {@code OffsetDateTime} to each other (UTC).
	 * @param value the value, may be null
	 * @param property the property compared with
	 * @return the value as the property's (boxed) Java type; null for null
	 * @throws ValueConversionException naming both types and the property
	 */
	public @Nullable Object toPropertyType(@Nullable Object value, ModelProperty property) {
		if (value == null) {
			return null;
		}
		Class<?> target = SupportedTypes.boxed(property.javaType());
		if (target.isInstance(value)) {
			return value;
		}
		Object converted;
		try {
			converted = convert(value, target);
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw failure(value, property, " without losing precision", ex);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw failure(value, property, ": " + ex.getMessage() + hint(target), ex);
		}
		if (converted == null) {
			throw failure(value, property, "", null);
		}
		return converted;
	}

	/**
	 * Converts a value compared with or stored in a property to what is bound for its
	 * column: to the property's type first ({@code 1} on a {@code Long} gives
	 * {@code 1L}), then through its converter.
	 * @param value the value, may be null
	 * @param property the property
	 * @return the value to bind
	 */
	public @Nullable Object toBindValue(@Nullable Object value, ModelProperty property) {
		return toColumnValue(toPropertyType(value, property), property);
	}

	/**
	 * Converts a property value to the value stored in its column, through the property's
	 * converter.
	 * @param propertyValue the property value, may be null
	 * @param property the property
	 * @return the column value; the value itself without a converter
	 */
	public @Nullable Object toColumnValue(@Nullable Object propertyValue, ModelProperty property) {
		ValueConverter<Object, Object> converter = property.converter();
		return (converter != null) ? converter.toColumn(propertyValue) : propertyValue;
	}

	/**
	 * Converts a value read from a column to the property value, through the property's
	 * converter.
	 * @param columnValue the column value, may be null
	 * @param property the property
	 * @return the property value; the value itself without a converter
	 */
	public @Nullable Object toPropertyValue(@Nullable Object columnValue, ModelProperty property) {
		ValueConverter<Object, Object> converter = property.converter();
		return (converter != null) ? converter.toModel(columnValue) : columnValue;
	}

	private static @Nullable Object convert(Object value, Class<?> target) {
		if (value instanceof Number number) {
			return ExactNumbers.convert(number, target);
		}
		if (target == String.class && (value instanceof CharSequence || value instanceof Character)) {
			return value.toString();
		}
		if (value instanceof String text) {
			return fromString(text, target);
		}
		if (value instanceof Instant instant && target == OffsetDateTime.class) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		if (value instanceof OffsetDateTime dateTime && target == Instant.class) {
			return dateTime.toInstant();
		}
		return null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Object fromString(String text, Class<?> target) {
		if (target.isEnum()) {
			return Enum.valueOf((Class<? extends Enum>) target, text);
		}
		if (target == UUID.class) {
			return UUID.fromString(text);
		}
		if (target == Character.class && text.length() == 1) {
			return text.charAt(0);
		}
		if (target == LocalDate.class) {
			return LocalDate.parse(text);
		}
		if (target == LocalTime.class) {
			return LocalTime.parse(text);
		}
		if (target == LocalDateTime.class) {
			return LocalDateTime.parse(text);
		}
		if (target == OffsetDateTime.class) {
			return OffsetDateTime.parse(text);
		}
		if (target == Instant.class) {
			return Instant.parse(text);
		}
		return null;
	}

	private static String hint(Class<?> target) {
		if (target.isEnum()) {
			return "; its constants are " + Arrays.toString(target.getEnumConstants());
		}
		return "";
	}

	private static ValueConversionException failure(Object value, ModelProperty property, String detail,
			@Nullable Exception cause) {
		String message = "Cannot use a " + value.getClass().getName() + " as " + property.qualifiedName() + " ("
				+ property.javaType().getName() + ")" + detail;
		return (cause != null) ? new ValueConversionException(message, cause) : new ValueConversionException(message);
	}

}
