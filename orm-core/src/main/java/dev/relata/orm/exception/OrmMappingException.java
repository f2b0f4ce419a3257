package dev.relata.orm.exception;

import org.springframework.dao.DataRetrievalFailureException;

/**
 * Thrown when a row read from the database cannot be mapped onto a model, such as a NULL
 * read into a primitive property. The message names the model, the property and the
 * column.
 */
public class OrmMappingException extends DataRetrievalFailureException {

	/**
	 * Creates an exception for a row that cannot be mapped.
	 * @param message the model, the property and the column
	 */
	public OrmMappingException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for a row that cannot be mapped, with its cause.
	 * @param message the model, the property and the column
	 * @param cause the underlying failure
	 */
	public OrmMappingException(String message, Throwable cause) {
		super(message, cause);
	}

}
