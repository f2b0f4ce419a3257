package dev.relata.orm.internal.query;

import java.util.List;
import java.util.stream.Stream;
import dev.relata.orm.query.QueryPlan;

/**
 * Runs finished queries. The query package builds {@link QueryModel}s; an engine, wired
 * by the {@code Orm}, turns them into statements and results.
 */
public interface QueryEngine {

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

	/**
	 * Updates matching rows.
	 * @param query the query
	 * @param assignments the new values
	 * @return the number of rows updated
	 */
	int update(QueryModel<?> query, List<PropertyAssignment> assignments);

	/**
	 * Deletes matching rows: soft-deletes them for a model with soft deletes unless
	 * forced.
	 * @param query the query
	 * @param force whether to delete rows of a model with soft deletes for real
	 * @return the number of rows deleted
	 */
	int delete(QueryModel<?> query, boolean force);

	/**
	 * Restores matching soft-deleted rows.
	 * @param query the query, reading only deleted rows
	 * @return the number of rows restored
	 */
	int restore(QueryModel<?> query);

}
