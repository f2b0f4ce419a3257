package dev.relata.orm.exception;

/**
 * Thrown while an {@code OrmSchema} is built when a model or relation is invalid. The
 * message names the model, the property or relation, and the fix.
 */
public class OrmSchemaException extends OrmUsageException {

	/**
	 * Creates an exception for an invalid schema.
	 * @param message the model, the property or relation, and the fix
	 */
	public OrmSchemaException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for an invalid schema, with its cause.
	 * @param message the model, the property or relation, and the fix
	 * @param cause the underlying failure
	 */
	public OrmSchemaException(String message, Throwable cause) {
		super(message, cause);
	}

}
