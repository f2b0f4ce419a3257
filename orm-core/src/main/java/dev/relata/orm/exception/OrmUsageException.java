package dev.relata.orm.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Thrown when Relata is used in a way it does not support: an unknown property or
 * relation, a value of the wrong type, an operation a strategy cannot perform. The
 * message names what was wrong and what exists instead. Extends Spring's
 * {@link InvalidDataAccessApiUsageException}, so code that handles Spring's data access
 * exceptions handles it too.
 */
public class OrmUsageException extends InvalidDataAccessApiUsageException {

	/**
	 * Creates an exception with a message naming the problem and the fix.
	 * @param message what was wrong and what exists instead
	 */
	public OrmUsageException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a message and the cause that led to it.
	 * @param message what was wrong and what exists instead
	 * @param cause the underlying failure
	 */
	public OrmUsageException(String message, Throwable cause) {
		super(message, cause);
	}

}
