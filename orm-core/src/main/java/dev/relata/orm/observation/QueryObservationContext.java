package dev.relata.orm.observation;

import io.micrometer.observation.Observation;

/**
 * The context of one observed SQL statement. The SQL text is available to handlers (for
 * tracing) but is never a metric tag.
 */
public final class QueryObservationContext extends Observation.Context {

	private final String model;

	private final String operation;

	private final String sql;

	/**
	 * Creates a context for one statement.
	 * @param model the simple name of the model the statement is about
	 * @param operation the kind of statement ({@code select}, {@code insert}, ...)
	 * @param sql the SQL text with placeholders
	 */
	public QueryObservationContext(String model, String operation, String sql) {
		this.model = model;
		this.operation = operation;
		this.sql = sql;
	}

	/**
	 * Returns the simple name of the model the statement is about.
	 * @return the model name
	 */
	public String getModel() {
		return this.model;
	}

	/**
	 * Returns the kind of statement.
	 * @return {@code select}, {@code insert}, {@code update} or {@code delete}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Returns the SQL text with placeholders; values are never part of it.
	 * @return the SQL
	 */
	public String getSql() {
		return this.sql;
	}

}
