package dev.relata.orm.query;

/**
 * The direction of an {@code orderBy}.
 */
public enum Direction {

	/**
	 * Smallest first.
	 */
	ASC,

	/**
	 * Largest first.
	 */
	DESC

}
