package dev.relata.orm.internal.query;

import java.util.List;

/**
 * Runs the set-based updates, deletes and restores of finished queries: implemented by
 * {@code dev.relata.orm.internal.write}.
 */
public interface QueryWrites {

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
