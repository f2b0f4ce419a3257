package dev.relata.orm.sql.dialect;

/**
 * How a statement sends a list of keys, such as the parent keys of a batched relation
 * load: chosen per database and key type by {@link Dialect#keyListForm(Class)}, from
 * measurement (see {@code orm-benchmarks/README.md}).
 */
public enum KeyListForm {

	/**
	 * One placeholder per key, {@code x IN (?, ?, ...)}: padded to a few sizes and
	 * chunked below the database's bind limit.
	 */
	IN_LIST,

	/**
	 * The keys as one array parameter, {@code x = ANY(?)} (PostgreSQL and H2).
	 */
	ARRAY,

	/**
	 * The keys as one JSON array text read as rows,
	 * {@code x IN (SELECT k FROM JSON_TABLE(?, '$[*]' COLUMNS(k BIGINT PATH '$')) t)}
	 * (MariaDB).
	 */
	JSON_TABLE

}
