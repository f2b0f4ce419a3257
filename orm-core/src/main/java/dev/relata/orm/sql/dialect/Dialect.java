package dev.relata.orm.sql.dialect;

import org.jspecify.annotations.Nullable;

/**
 * What a database can do, as named capabilities, and how it quotes identifiers. Code
 * outside this package asks a capability ({@link #supportsNullsOrdering()}) and never
 * compares vendor names. The supported dialects are the constants of {@link Dialects}.
 */
public interface Dialect {

	/**
	 * The database's name for messages and plans: {@code PostgreSQL}, {@code MariaDB},
	 * {@code MySQL} or {@code H2}.
	 * @return the display name
	 */
	String name();

	/**
	 * How the database stores unquoted identifiers; used to fold schema names only when
	 * no database metadata tells otherwise.
	 * @return the default identifier case
	 */
	IdentifierCase defaultIdentifierCase();

	/**
	 * Quotes an identifier that is already folded to the right case, escaping embedded
	 * quote characters by doubling them.
	 * @param foldedName the identifier to quote
	 * @return the quoted identifier, such as {@code "users"} or {@code `users`}
	 */
	String quoteIdentifier(String foldedName);

	/**
	 * The largest number of bind parameters one statement may carry.
	 * @return the bind parameter limit
	 */
	int maxBindParameters();

	/**
	 * Whether a derived table may be {@code LATERAL}, reading the columns of the from
	 * items before it ({@code CROSS JOIN LATERAL (SELECT ... LIMIT ?) t1}). A batched
	 * relation load limited per parent then reads each parent's rows with
	 * {@code unnest(?)} and a lateral {@code LIMIT}, which an index on the foreign key
	 * serves, instead of numbering every related row with {@code ROW_NUMBER()} (with
	 * {@link #supportsArrayParameters() array parameters} too); a JOINed one reads them
	 * through {@code LEFT JOIN LATERAL (...) ON 1=1}. {@code true} for PostgreSQL only:
	 * MySQL has {@code LATERAL} since 8.0.14, which Relata's MySQL dialect does not
	 * assume; MariaDB and H2 have none.
	 * @return {@code true} if lateral derived tables are supported
	 */
	default boolean supportsLateral() {
		return false;
	}

	/**
	 * Whether a batched relation load limited per parent and ordered by the related key
	 * alone reads each parent's page through key bounds, where the database has no
	 * {@link #supportsLateral() LATERAL}: per parent key, the related key that ends the
	 * page ({@code LIMIT 1 OFFSET ?} in a correlated subquery, served by an index on the
	 * foreign key and the key), then the related rows from that key on; instead of
	 * numbering every related row with {@code ROW_NUMBER()}. {@code true} for MariaDB,
	 * where it measured 2.5 to 15 times faster (with {@link KeyListForm#JSON_TABLE}
	 * keys).
	 * @return {@code true} if key-bound pages are preferred
	 */
	default boolean prefersKeyBoundPages() {
		return false;
	}

	/**
	 * Whether a batched relation load limited per parent reads each parent's page in a
	 * statement of its own ({@code ... WHERE fk = ? ORDER BY ... LIMIT ?}, the same SQL
	 * for every parent), where the database has no {@link #supportsLateral() LATERAL} and
	 * numbering every related row with {@code ROW_NUMBER()} costs more than one short
	 * statement per parent. AUTO then names the reason {@code per-parent-statements}.
	 * {@code true} for H2, an embedded database where a statement costs microseconds:
	 * per-parent statements measured 2 to 4 times faster than {@code ROW_NUMBER()} over
	 * {@code = ANY(?)} from 1 to 1,000 parents.
	 * @return {@code true} if per-parent statements are preferred
	 */
	default boolean prefersPerParentStatements() {
		return false;
	}

	/**
	 * Whether {@code ORDER BY x NULLS FIRST|LAST} is understood; if not, the renderer
	 * emulates it with an {@code (x IS NULL)} sort key.
	 * @return {@code true} if explicit null ordering is supported
	 */
	boolean supportsNullsOrdering();

	/**
	 * Whether NULLs sort as the smallest values when no null ordering is written (first
	 * ascending, last descending). Where explicit null ordering must be emulated, an
	 * order that already matches this is rendered plainly, so it can still be served by
	 * an index.
	 * @return {@code true} if NULLs sort low by default
	 */
	default boolean sortsNullsLow() {
		return false;
	}

	/**
	 * Whether {@code INSERT ... ON CONFLICT DO NOTHING} skips rows that violate a unique
	 * key, and only those (unlike MariaDB's {@code INSERT IGNORE}, which also swallows
	 * other errors).
	 * @return {@code true} if supported
	 */
	default boolean supportsOnConflictDoNothing() {
		return false;
	}

	/**
	 * Whether the driver can run {@code INSERT ... SELECT} as a JDBC batch. MariaDB's
	 * bulk protocol refuses it (error 1295), so such rows are sent one statement each
	 * there.
	 * @return {@code true} if batching works
	 */
	default boolean batchesInsertSelect() {
		return true;
	}

	/**
	 * Whether {@code INSERT ... RETURNING} is available; if not, generated keys come from
	 * JDBC.
	 * @return {@code true} if insert returning is supported
	 */
	default boolean supportsInsertReturning() {
		return false;
	}

	/**
	 * Whether a list of keys can be bound as one array parameter, as in
	 * {@code col = ANY(?)} or {@code FROM unnest(?)}. With {@link #supportsLateral()
	 * LATERAL} too, a batched relation load limited per parent reads each parent's page
	 * through {@code unnest(?) CROSS JOIN LATERAL}; without it, through
	 * {@code ROW_NUMBER()} over {@code = ANY(?)}.
	 * @return {@code true} if array parameters are supported
	 * @see #arrayElementType(Class)
	 */
	default boolean supportsArrayParameters() {
		return false;
	}

	/**
	 * Whether a value can be compared with the elements of one array parameter,
	 * {@code x = ANY(?)}. A long {@code IN} list (more than 1,000 values) is then sent as
	 * arrays of at most 50,000 values each, instead of one placeholder per value. By
	 * default the same as {@link #supportsArrayParameters()}.
	 * @return {@code true} if {@code x = ANY(?)} with an array parameter works
	 * @see #arrayElementType(Class)
	 */
	default boolean supportsArrayComparison() {
		return supportsArrayParameters();
	}

	/**
	 * How a list of keys of the given type is sent: {@link KeyListForm#ARRAY} where the
	 * database takes {@link #supportsArrayParameters() array parameters} of that type,
	 * else {@link KeyListForm#IN_LIST}. MariaDB reads integral keys from one JSON text
	 * ({@link KeyListForm#JSON_TABLE}), which measured faster than {@code IN} lists.
	 * @param keyType the Java type of the keys
	 * @return the form, never {@code null}
	 */
	default KeyListForm keyListForm(Class<?> keyType) {
		return (supportsArrayParameters() && arrayElementType(keyType) != null) ? KeyListForm.ARRAY
				: KeyListForm.IN_LIST;
	}

	/**
	 * The most keys sent in one key-list parameter ({@link KeyListForm#ARRAY} or
	 * {@link KeyListForm#JSON_TABLE}); more keys take several statements.
	 * @return the chunk size, 50,000 unless the database reads long lists slowly
	 */
	default int maxKeysPerListParameter() {
		return 50_000;
	}

	/**
	 * The SQL type of a {@code JSON_TABLE} column holding keys of the given type, for
	 * {@link KeyListForm#JSON_TABLE}.
	 * @param javaType the Java type of the keys
	 * @return the type, such as {@code BIGINT}, or {@code null} if such keys are not read
	 * from JSON
	 */
	default @Nullable String jsonTableColumnType(Class<?> javaType) {
		return null;
	}

	/**
	 * The database type name to create a JDBC array of the given element type with.
	 * @param javaType the Java type of the array elements
	 * @return the element type name, such as {@code int8}, or {@code null} if such arrays
	 * are not supported
	 */
	default @Nullable String arrayElementType(Class<?> javaType) {
		return null;
	}

	/**
	 * The isolation level under which a transaction reads one snapshot of every table,
	 * taken at its first statement; a {@code SNAPSHOT} load runs its statements at this
	 * level.
	 * @return the isolation level, by default {@link IsolationLevel#REPEATABLE_READ}
	 */
	default IsolationLevel snapshotIsolationLevel() {
		return IsolationLevel.REPEATABLE_READ;
	}

	/**
	 * Whether {@code LIMIT} is allowed in a subquery of {@code IN (SELECT ...)}.
	 * @return {@code true} if limited {@code IN} subqueries are supported
	 */
	default boolean supportsLimitInInSubquery() {
		return true;
	}

	/**
	 * Whether {@code OFFSET} needs a {@code LIMIT} before it; the renderer then adds the
	 * largest limit.
	 * @return {@code true} if an offset needs a limit
	 */
	default boolean requiresLimitForOffset() {
		return false;
	}

	/**
	 * Whether the database has a timestamp type that stores an offset or instant; if not,
	 * instants are stored as UTC in a plain timestamp column.
	 * @return {@code true} if timestamps with time zone are supported
	 */
	boolean supportsTimestampWithTimeZone();

	/**
	 * Whether the database has a native UUID type; if not, UUIDs are bound as text.
	 * @return {@code true} if UUIDs are native
	 */
	boolean nativeUuid();

	/**
	 * Whether enum values and strings are bound with an unspecified SQL type, so that
	 * text and database enum columns both accept them (PostgreSQL, whose enum types
	 * compare with no {@code varchar}).
	 * @return {@code true} if enums are bound as unspecified type
	 */
	default boolean bindsEnumsAsUnspecifiedType() {
		return false;
	}

	/**
	 * Whether a floating-point column stores {@code NaN} and the infinities. MariaDB and
	 * MySQL have no such values, so Relata refuses them there with an
	 * {@code OrmUsageException} instead of sending them.
	 * @return {@code true} if non-finite floating-point values can be stored
	 */
	default boolean supportsNonFiniteFloats() {
		return true;
	}

	/**
	 * Whether the database strips the trailing pad spaces of a {@code CHAR(n)} value when
	 * it is read, so that a stored space comes back as an empty string.
	 * @return {@code true} if {@code CHAR} values are read without their padding
	 */
	default boolean stripsCharPadding() {
		return false;
	}

	/**
	 * Whether {@code ON DELETE SET DEFAULT} is enforced rather than silently ignored.
	 * @return {@code true} if set-default foreign key actions work
	 */
	default boolean enforcesSetDefault() {
		return true;
	}

	/**
	 * Whether the database keeps {@code NO ACTION} and {@code RESTRICT} apart, in what it
	 * does and in what its metadata reports. MariaDB and MySQL (InnoDB) check both at
	 * once, as one action, and report a foreign key declared without an action as
	 * {@code RESTRICT}; where this is {@code false}, a declared {@code NO_ACTION} and a
	 * reported {@code RESTRICT} (or the reverse) count as equal. PostgreSQL and H2 report
	 * each as declared.
	 * @return {@code true} if {@code NO ACTION} and {@code RESTRICT} are told apart
	 */
	default boolean distinguishesNoActionFromRestrict() {
		return true;
	}

	/**
	 * Whether a foreign key can be added {@code NOT VALID} and its existing rows checked
	 * by a later {@code ALTER TABLE ... VALIDATE CONSTRAINT}: the first only guards new
	 * writes and takes its lock briefly, the second scans the table without blocking
	 * writes. {@code true} for PostgreSQL only.
	 * @return {@code true} if foreign keys can be added without validation
	 */
	default boolean supportsNotValidForeignKeys() {
		return false;
	}

	/**
	 * The {@code ALTER TABLE} clause that drops a foreign key by name.
	 * @return {@code DROP CONSTRAINT} by default, {@code DROP FOREIGN KEY} on MariaDB and
	 * MySQL
	 */
	default String dropForeignKeyClause() {
		return "DROP CONSTRAINT";
	}

	/**
	 * Whether a column's type or nullability is changed by restating the whole column
	 * ({@code MODIFY COLUMN c BIGINT NOT NULL}, MariaDB and MySQL) instead of
	 * {@code ALTER COLUMN c SET DATA TYPE ...}, {@code SET NOT NULL} or
	 * {@code DROP NOT NULL}.
	 * @return {@code true} if columns are altered by redefinition
	 */
	default boolean altersColumnsByRedefinition() {
		return false;
	}

	/**
	 * Whether {@code ALTER COLUMN c SET DATA TYPE t} takes a {@code USING} expression.
	 * PostgreSQL converts without one only between types with an assignment cast (not
	 * from text to {@code bigint}), so a type change there converts with
	 * {@code USING CAST(c AS t)}.
	 * @return {@code true} if a type change may say how to convert
	 */
	default boolean supportsAlterColumnTypeUsing() {
		return false;
	}

	/**
	 * Whether a database schema, as {@code @Table(schema = ...)} names it, is what JDBC
	 * calls a catalog: a MariaDB or MySQL database. Elsewhere it is a JDBC schema within
	 * the connection's catalog.
	 * @return {@code true} if schemas are JDBC catalogs
	 */
	default boolean schemasAreCatalogs() {
		return false;
	}

	/**
	 * Whether window functions such as {@code ROW_NUMBER() OVER (...)} are available.
	 * @return {@code true} if window functions are supported
	 */
	default boolean supportsWindowFunctions() {
		return true;
	}

	/**
	 * Whether a single-table {@code DELETE FROM t alias WHERE ...} may name an alias; if
	 * not, the renderer uses the multi-table form
	 * {@code DELETE alias FROM t alias WHERE ...}.
	 * @return {@code true} if single-table delete accepts an alias
	 */
	default boolean supportsSingleTableDeleteAlias() {
		return true;
	}

	/**
	 * The database type of a column kind, for generated {@code CREATE TABLE} statements.
	 * The default names the standard types ({@code VARCHAR(255)},
	 * {@code DOUBLE PRECISION}, {@code TIMESTAMP(6) WITH TIME ZONE}, ...).
	 * @param type the kind of column
	 * @param length the length of a text or binary column
	 * @param precision the precision of a decimal column, 0 for the widest the database
	 * keeps fractions in
	 * @param scale the scale of a decimal column (used with a precision)
	 * @return the type as written in DDL
	 */
	default String columnType(ColumnType type, int length, int precision, int scale) {
		return StandardTypes.columnType(type, length, precision, scale);
	}

	/**
	 * The clause that makes an integer key column generated by the database, written
	 * after its type.
	 * @return {@code GENERATED BY DEFAULT AS IDENTITY} by default
	 */
	default String generatedKeyClause() {
		return "GENERATED BY DEFAULT AS IDENTITY";
	}

}
