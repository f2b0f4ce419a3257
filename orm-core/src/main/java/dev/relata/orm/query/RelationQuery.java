package dev.relata.orm.query;

/**
 * The query of a loaded relation, shaped inside {@code load("posts", q -> ...)}:
 * selection, conditions, ordering, per-parent limit and offset, nested loads and
 * aggregates. It has no terminals and runs nothing itself: the loader decides the
 * statements.
 *
 * @param <R> the related model
 */
public interface RelationQuery<R> extends WhereSpec<RelationQuery<R>, R>, LoadSpec<RelationQuery<R>> {

	/**
	 * Reads only these properties of the related rows; the keys the loader needs are
	 * added.
	 * @param properties property or column names
	 * @return this relation query
	 */
	RelationQuery<R> select(String... properties);

	/**
	 * Orders the related rows of each parent, ascending; the related key breaks ties.
	 * @param property a property or column name
	 * @return this relation query
	 */
	RelationQuery<R> orderBy(String property);

	/**
	 * Orders the related rows of each parent in a direction.
	 * @param property a property or column name
	 * @param direction the direction
	 * @return this relation query
	 */
	RelationQuery<R> orderBy(String property, Direction direction);

	/**
	 * Orders the related rows of each parent with explicit NULL placement.
	 * @param property a property or column name
	 * @param direction the direction
	 * @param nulls where NULLs go
	 * @return this relation query
	 */
	RelationQuery<R> orderBy(String property, Direction direction, Nulls nulls);

	/**
	 * Includes soft-deleted related rows.
	 * @return this relation query
	 */
	RelationQuery<R> withTrashed();

	/**
	 * Keeps at most this many related rows per parent (in SQL, with
	 * {@code ROW_NUMBER()}).
	 * @param limit rows per parent, zero or more
	 * @return this relation query
	 */
	RelationQuery<R> limit(long limit);

	/**
	 * Skips this many related rows per parent.
	 * @param offset rows per parent, zero or more
	 * @return this relation query
	 */
	RelationQuery<R> offset(long offset);

}
