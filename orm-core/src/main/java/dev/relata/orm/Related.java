package dev.relata.orm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.query.Query;
import dev.relata.orm.write.SyncResult;

/**
 * The rows related to one instance through one relation, from
 * {@code repository.related(user, "posts", Post.class)}: read them lazily, or manage a
 * many-to-many's join rows. Prefer {@code load(...)} when reading a relation for many
 * rows.
 *
 * @param <R> the related model
 */
public interface Related<R> {

	/**
	 * Reads the related rows.
	 * @return the rows, in key order unless the relation's query says otherwise
	 */
	List<R> many();

	/**
	 * Reads the related row of a to-one relation.
	 * @return the row, or empty
	 * @throws dev.relata.orm.exception.OrmUsageException for a to-many relation (use
	 * {@link #many()})
	 */
	Optional<R> one();

	/**
	 * Starts a query on the related rows, to filter, order, page or load further.
	 * @return a new query restricted to the related rows
	 */
	Query<R> query();

	/**
	 * Links one target (manyToMany); an existing link is left alone.
	 * @param id the target's key, or a collection of keys
	 * @return the number of join rows inserted
	 */
	int attach(Object id);

	/**
	 * Links targets (manyToMany); existing links are left alone.
	 * @param ids the targets' keys
	 * @return the number of join rows inserted
	 */
	int attach(Collection<?> ids);

	/**
	 * Links targets with values for other columns of the join model.
	 * @param ids the targets' keys
	 * @param extras values by join model property name
	 * @return the number of join rows inserted
	 */
	int attach(Collection<?> ids, Map<String, ?> extras);

	/**
	 * Unlinks one target (manyToMany).
	 * @param id the target's key, or a collection of keys
	 * @return the number of join rows deleted
	 */
	int detach(Object id);

	/**
	 * Unlinks targets (manyToMany); an empty collection is a no-op.
	 * @param ids the targets' keys
	 * @return the number of join rows deleted
	 */
	int detach(Collection<?> ids);

	/**
	 * Unlinks every target (manyToMany).
	 * @return the number of join rows deleted
	 */
	int detachAll();

	/**
	 * Makes the linked targets exactly these (manyToMany).
	 * @param ids the wanted targets' keys
	 * @return the keys attached and detached, ascending
	 */
	SyncResult sync(Collection<?> ids);

	/**
	 * Makes the linked targets exactly these, with values for other join model columns of
	 * new links.
	 * @param ids the wanted targets' keys
	 * @param extras values by join model property name
	 * @return the keys attached and detached, ascending
	 */
	SyncResult sync(Collection<?> ids, Map<String, ?> extras);

	/**
	 * Flips the link to each target (manyToMany).
	 * @param ids the targets' keys
	 * @return the keys attached and detached, ascending
	 */
	SyncResult toggle(Collection<?> ids);

}
