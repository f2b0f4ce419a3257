package dev.relata.orm.query;

import java.util.Locale;

/**
 * How a relation is loaded.
 */
public enum LoadStrategy {

	/**
	 * Let Relata choose JOIN or BATCHED per relation and level, from the query's shape,
	 * before any SQL runs (the default).
	 */
	AUTO,

	/**
	 * Load the relation in its parent's statement with a LEFT JOIN.
	 */
	JOIN,

	/**
	 * Load the relation with one more statement per level, {@code WHERE key IN (...)} (or
	 * {@code = ANY(?)} on PostgreSQL), chunked below the database's limits.
	 */
	BATCHED;

	/**
	 * Returns the lower-case name used in metric tags and plans.
	 * @return {@code auto}, {@code join} or {@code batched}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
