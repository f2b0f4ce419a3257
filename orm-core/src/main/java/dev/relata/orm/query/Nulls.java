package dev.relata.orm.query;

/**
 * Where NULLs go in an {@code orderBy}. Relata always renders it explicitly (emulated
 * where the database has no {@code NULLS FIRST/LAST}), so every database sorts alike.
 * When not given, NULLs sort as the smallest values: first in ascending order, last in
 * descending order.
 */
public enum Nulls {

	/**
	 * NULLs before every value.
	 */
	FIRST,

	/**
	 * NULLs after every value.
	 */
	LAST

}
