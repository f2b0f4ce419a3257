package dev.relata.orm.internal.sql;

/**
 * The SQL functions the ORM calls.
 */
public enum SqlFunction {

	/**
	 * {@code COUNT(x)}: the number of non-null values.
	 */
	COUNT,

	/**
	 * {@code MAX(x)}.
	 */
	MAX,

	/**
	 * {@code MIN(x)}.
	 */
	MIN,

	/**
	 * {@code SUM(x)}.
	 */
	SUM,

	/**
	 * {@code AVG(x)}.
	 */
	AVG,

	/**
	 * {@code COALESCE(x, y, ...)}: the first non-null argument.
	 */
	COALESCE,

	/**
	 * {@code LOWER(x)}.
	 */
	LOWER

}
