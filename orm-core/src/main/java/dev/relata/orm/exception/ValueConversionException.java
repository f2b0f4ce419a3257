package dev.relata.orm.exception;

/**
 * Thrown when a value cannot be converted to the Java type of the property it is compared
 * with or stored in. The message names both types and the property.
 */
public class ValueConversionException extends OrmUsageException {

	/**
	 * Creates an exception for a value that cannot be converted.
	 * @param message the value's type, the target type and the property
	 */
	public ValueConversionException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for a value that cannot be converted, with its cause.
	 * @param message the value's type, the target type and the property
	 * @param cause the underlying failure
	 */
	public ValueConversionException(String message, Throwable cause) {
		super(message, cause);
	}

}
