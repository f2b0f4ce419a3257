package dev.relata.orm.query;

/**
 * Whether the statements of one load see one state of the database.
 */
public enum LoadConsistency {

	/**
	 * Each statement sees the database as it is when it runs (the default). Outside a
	 * transaction, a row committed between two statements of a load may appear in one
	 * level and not another.
	 */
	NONE,

	/**
	 * A load of two or more statements outside any transaction runs them in one read-only
	 * REPEATABLE READ transaction (SERIALIZABLE on H2, whose REPEATABLE READ snapshots a
	 * table only when it is first read), so the graph cannot mix states. Inside a
	 * caller's transaction the caller's isolation applies.
	 */
	SNAPSHOT

}
