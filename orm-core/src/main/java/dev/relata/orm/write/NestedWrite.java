package dev.relata.orm.write;

import java.util.Collection;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The writes through relations that go with an {@code insert(entity, w -> ...)} or
 * {@code update(key, w -> ...)}: column values, and {@code connect}, {@code disconnect}
 * and {@code create} on relations. Everything is checked before any SQL runs and executed
 * in one transaction, parents first.
 *
 * <pre class="code">
 * users.insert(new User(null, "Alice", null), w -&gt; w
 *     .connect("role", 1L)
 *     .create("profile", new Profile(null, null, "Builder"))
 *     .create("posts", new Post(null, "First post", null), p -&gt; p.connect("tags", 1L, 2L)));
 * </pre>
 *
 * @param <T> the model written
 */
public interface NestedWrite<T> {

	/**
	 * Sets a column of the written row.
	 * @param property a column property or column name (not a key or version)
	 * @param value the value, converted to the property's type
	 * @return this spec
	 */
	NestedWrite<T> set(String property, @Nullable Object value);

	/**
	 * Links existing rows: sets this row's foreign key (belongsTo, one id), sets the
	 * children's foreign key (hasOne, hasMany), or inserts join rows (manyToMany,
	 * idempotent).
	 * @param relation the relation
	 * @param ids the keys of the related rows; none is a no-op
	 * @return this spec
	 */
	NestedWrite<T> connect(String relation, Object... ids);

	/**
	 * Like {@link #connect(String, Object...)} with a collection of keys; an empty one is
	 * a no-op.
	 * @param relation the relation
	 * @param ids the keys of the related rows
	 * @return this spec
	 */
	NestedWrite<T> connect(String relation, Collection<?> ids);

	/**
	 * Unlinks related rows: sets this row's foreign key to NULL (belongsTo, no ids), sets
	 * the given children's foreign key to NULL (hasOne, hasMany; refused for a NOT NULL
	 * foreign key), or deletes join rows (manyToMany).
	 * @param relation the relation
	 * @param ids the keys of the related rows (none for a belongsTo)
	 * @return this spec
	 */
	NestedWrite<T> disconnect(String relation, Object... ids);

	/**
	 * Like {@link #disconnect(String, Object...)} with a collection of keys; an empty one
	 * is a no-op.
	 * @param relation the relation
	 * @param ids the keys of the related rows
	 * @return this spec
	 */
	NestedWrite<T> disconnect(String relation, Collection<?> ids);

	/**
	 * Inserts a related row and links it: before this row for a belongsTo (whose foreign
	 * key then points at it), after it for hasOne and hasMany (with this row's key), with
	 * a join row for a manyToMany. Leave the foreign key Relata sets {@code null}.
	 * @param <R> the related model
	 * @param relation the relation
	 * @param entity the related row; its relation slots must be {@code null}
	 * @return this spec
	 */
	<R> NestedWrite<T> create(String relation, R entity);

	/**
	 * Inserts a related row with writes of its own.
	 * @param <R> the related model
	 * @param relation the relation
	 * @param entity the related row
	 * @param nested the related row's own nested writes
	 * @return this spec
	 */
	<R> NestedWrite<T> create(String relation, R entity, Consumer<NestedWrite<R>> nested);

}
