package dev.relata.orm.internal.query;

import java.util.List;
import java.util.stream.Stream;

import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Runs finished queries that read: implemented by the loader, so a query terminal calls
 * straight into {@code dev.relata.orm.internal.load}.
 */
public interface QueryReads {

	/**
	 * Reads every matching row.
	 * @param <T> the model type
	 * @param query the query
	 * @return the rows, an unmodifiable list
	 */
	<T> List<T> list(QueryModel<T> query);

	/**
	 * Plans a query without running it.
	 * @param query the query
	 * @return the plan
	 */
	QueryPlan explain(QueryModel<?> query);

	/**
	 * Plans a query without running it or touching the database, rendering its SQL for a
	 * dialect.
	 * @param query the query
	 * @param dialect the dialect to render for
	 * @return the plan
	 */
	QueryPlan explain(QueryModel<?> query, Dialect dialect);

	/**
	 * Reads matching rows lazily.
	 * @param <T> the model type
	 * @param query the query
	 * @return the rows; close the stream
	 */
	<T> Stream<T> stream(QueryModel<T> query);

	/**
	 * Counts matching rows.
	 * @param query the query
	 * @return the count
	 */
	long count(QueryModel<?> query);

	/**
	 * Tells whether a row matches.
	 * @param query the query
	 * @return whether a row matches
	 */
	boolean exists(QueryModel<?> query);

}
