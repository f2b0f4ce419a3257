package dev.relata.orm.query;

import java.util.function.Consumer;

/**
 * Eager loading and aggregates, shared by queries and relation queries (for nested
 * loads).
 *
 * @param <S> the type returned for chaining
 */
public interface LoadSpec<S> {

	/**
	 * Loads a relation, or a dotted path of relations ({@code "posts.tags"}), into the
	 * relation slots of the rows read.
	 * @param path a relation name or a dotted path
	 * @return this, for chaining
	 */
	S load(String path);

	/**
	 * Loads a relation whose query the callback shapes (select, where, orderBy,
	 * per-parent limit/offset, nested load). On a dotted path the callback applies to the
	 * last relation.
	 * @param path a relation name or a dotted path
	 * @param query shapes the relation query; it runs nothing itself
	 * @return this, for chaining
	 */
	S load(String path, Consumer<RelationQuery<?>> query);

	/**
	 * Loads a relation with a typed callback, so that typed conditions such as
	 * {@code where(Post::title)} compile.
	 * @param <R> the related model
	 * @param path a relation name or a dotted path
	 * @param target the related model; must be the relation's target
	 * @param query shapes the relation query
	 * @return this, for chaining
	 */
	<R> S load(String path, Class<R> target, Consumer<RelationQuery<R>> query);

	/**
	 * Loads a relation with options such as an explicit strategy.
	 * @param path a relation name or a dotted path
	 * @param options the options
	 * @return this, for chaining
	 */
	S load(String path, LoadOptions options);

	/**
	 * Loads a relation with a query callback and options.
	 * @param path a relation name or a dotted path
	 * @param query shapes the relation query
	 * @param options the options
	 * @return this, for chaining
	 */
	S load(String path, Consumer<RelationQuery<?>> query, LoadOptions options);

	/**
	 * Counts related rows into the aggregate slot {@code <relation>Count}.
	 * @param relation a relation name
	 * @return this, for chaining
	 */
	S withCount(String relation);

	/**
	 * Counts the related rows a filter keeps into a named aggregate slot.
	 * @param relation a relation name
	 * @param filter conditions on the related rows
	 * @param slot the aggregate slot (a property marked {@code @Aggregate} or named
	 * {@code <relation>Count})
	 * @return this, for chaining
	 */
	S withCount(String relation, Consumer<RelationQuery<?>> filter, String slot);

	/**
	 * Puts the largest value of a related property into an aggregate slot.
	 * @param relation a relation name
	 * @param property a property of the related model
	 * @param slot the aggregate slot
	 * @return this, for chaining
	 */
	S withMax(String relation, String property, String slot);

	/**
	 * Puts the smallest value of a related property into an aggregate slot.
	 * @param relation a relation name
	 * @param property a property of the related model
	 * @param slot the aggregate slot
	 * @return this, for chaining
	 */
	S withMin(String relation, String property, String slot);

	/**
	 * Puts the sum of a related property into an aggregate slot (NULL when there is no
	 * related row).
	 * @param relation a relation name
	 * @param property a property of the related model
	 * @param slot the aggregate slot
	 * @return this, for chaining
	 */
	S withSum(String relation, String property, String slot);

	/**
	 * Puts the average of a related property into an aggregate slot.
	 * @param relation a relation name
	 * @param property a property of the related model
	 * @param slot the aggregate slot
	 * @return this, for chaining
	 */
	S withAvg(String relation, String property, String slot);

}
