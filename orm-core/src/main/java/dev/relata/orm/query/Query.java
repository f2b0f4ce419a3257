package dev.relata.orm.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * A query on one model: a mutable, single-use, not thread-safe builder (like
 * {@code JdbcClient}'s specs). Conditions, selection, ordering and limits are collected;
 * a terminal ({@link #many()}, {@link #one()}, {@link #count()}, ...) runs it once.
 *
 * <pre class="code">
 * List&lt;User&gt; adults = users.query()
 *     .where("age", "&gt;=", 18)
 *     .where(User::active).is(true)
 *     .orderBy("name")
 *     .limit(10)
 *     .many();
 * </pre>
 *
 * @param <T> the model type
 */
public interface Query<T> extends WhereSpec<Query<T>, T>, LoadSpec<Query<T>> {

	/**
	 * Restricts the query to the row with this key: a single value, or a {@code Key} for
	 * a composite key. The value is converted to the key's type.
	 * @param key the key
	 * @return this query
	 */
	Query<T> whereKey(Object key);

	/**
	 * Reads only these properties (by property or column name); the key is always read.
	 * Properties that are not read are {@code null} (primitives: their default).
	 * @param properties the properties to read
	 * @return this query
	 */
	Query<T> select(String... properties);

	/**
	 * Orders by a property, ascending, NULLs first.
	 * @param property a property or column name
	 * @return this query
	 */
	Query<T> orderBy(String property);

	/**
	 * Orders by a property in a direction; NULLs sort as the smallest values.
	 * @param property a property or column name
	 * @param direction the direction
	 * @return this query
	 */
	Query<T> orderBy(String property, Direction direction);

	/**
	 * Orders by a property with explicit NULL placement.
	 * @param property a property or column name
	 * @param direction the direction
	 * @param nulls where NULLs go
	 * @return this query
	 */
	Query<T> orderBy(String property, Direction direction, Nulls nulls);

	/**
	 * Returns at most this many rows.
	 * @param limit the maximum number of rows, zero or more
	 * @return this query
	 */
	Query<T> limit(long limit);

	/**
	 * Skips this many rows first.
	 * @param offset the number of rows to skip, zero or more
	 * @return this query
	 */
	Query<T> offset(long offset);

	/**
	 * Locks the rows read ({@code SELECT ... FOR UPDATE}) until the surrounding
	 * transaction ends. Only meaningful inside a transaction.
	 * @return this query
	 */
	Query<T> lock();

	/**
	 * Includes soft-deleted rows (of a model with a {@code @SoftDelete} property).
	 * @return this query
	 */
	Query<T> withTrashed();

	/**
	 * Reads only soft-deleted rows.
	 * @return this query
	 */
	Query<T> onlyTrashed();

	/**
	 * Restores the soft-deleted rows that match ({@code deleted_at = NULL}), in one
	 * statement.
	 * @return the number of rows restored
	 */
	int restore();

	/**
	 * Deletes the matching rows for real, even for a model with soft deletes.
	 * @return the number of rows deleted
	 */
	int forceDelete();

	/**
	 * Returns the plan of this query and its relation loads without running anything: per
	 * relation and level the strategy, the reason, the SQL, its binds and chunking. The
	 * query stays usable.
	 * @return the plan
	 */
	QueryPlan explain();

	/**
	 * Returns the plan of this query as {@link #explain()} does, with the SQL rendered
	 * for the given dialect (identifiers in its default case) instead of the Orm's
	 * database. Touches no database, so plans and their SQL can be checked in unit tests
	 * and for databases the application does not run on.
	 * @param dialect the dialect to render for, for example {@code Dialects.MARIADB}
	 * @return the plan
	 */
	QueryPlan explain(Dialect dialect);

	/**
	 * Runs the query.
	 * @return the matching rows, an unmodifiable list
	 */
	List<T> many();

	/**
	 * Runs the query for at most one row.
	 * @return the row, or empty when none matches
	 * @throws IncorrectResultSizeDataAccessException when more than one row matches
	 */
	Optional<T> one();

	/**
	 * Runs the query for exactly one row.
	 * @return the row
	 * @throws EmptyResultDataAccessException when no row matches
	 * @throws IncorrectResultSizeDataAccessException when more than one row matches
	 */
	T single();

	/**
	 * Runs the query for its first row (in the query's order).
	 * @return the first row, or empty when none matches
	 */
	Optional<T> first();

	/**
	 * Counts the matching rows (respecting limit and offset).
	 * @return the number of rows
	 */
	long count();

	/**
	 * Tells whether any row matches.
	 * @return {@code true} if at least one row matches
	 */
	boolean exists();

	/**
	 * Runs the query and reads its rows as the stream is consumed, in chunks. The stream
	 * holds a connection until closed: use try-with-resources. On PostgreSQL the driver
	 * streams only inside a transaction; outside one it reads all rows first.
	 * @return the rows
	 */
	Stream<T> stream();

	/**
	 * Updates every matching row in one statement. A {@code @Version} property is
	 * incremented. Limit, offset, ordering, selection and locks are refused here.
	 * @param assignments sets the new values
	 * @return the number of rows updated
	 */
	int update(Consumer<UpdateSpec<T>> assignments);

	/**
	 * Deletes every matching row in one statement. Limit, offset, ordering, selection and
	 * locks are refused here.
	 * @return the number of rows deleted
	 */
	int delete();

}
