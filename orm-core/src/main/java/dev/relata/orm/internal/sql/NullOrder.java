package dev.relata.orm.internal.sql;

/**
 * Where {@code NULL}s sort.
 */
public enum NullOrder {

	/**
	 * The database's own default, which differs between databases.
	 */
	DEFAULT,

	/**
	 * {@code NULL}s before all values.
	 */
	FIRST,

	/**
	 * {@code NULL}s after all values.
	 */
	LAST

}
