package dev.relata.orm.benchmarks;

/**
 * What one benchmark operation loads, and the one fixed query shape that chooses its
 * parents. The shape matters: Relata's AUTO decides from the query's shape before any SQL
 * runs, so a {@code limit(n)} gives it a bound of {@code n} (JOIN up to the thresholds,
 * BATCHED above) while a plain range filter ({@code where id <= n}) gives it none (always
 * BATCHED, reason {@code unbounded-parent-set}). Every contender selects the same parents
 * with the same shape; the report must state it.
 */
public enum Scenario {

	/**
	 * Users with their 10 posts each. Parents: {@code users ORDER BY id LIMIT n}
	 * (bounded: AUTO joins up to 9 parents). Children by post key.
	 */
	HAS_MANY,

	/**
	 * Posts with their author. Parents: {@code posts WHERE id <= n ORDER BY id}
	 * (unbounded: AUTO batches at every size); the first {@code n} posts belong to
	 * {@code ceil(n / 10)} users.
	 */
	BELONGS_TO,

	/**
	 * Posts with their 3 tags each through {@code post_tags}. Parents:
	 * {@code posts ORDER BY id LIMIT n} (bounded: AUTO joins up to 10 parents). Tags by
	 * tag key.
	 */
	MANY_TO_MANY,

	/**
	 * Users with their posts with their tags (two levels). Parents:
	 * {@code users WHERE id <= n ORDER BY id} (unbounded: AUTO batches both levels).
	 */
	NESTED,

	/**
	 * Users with their latest 3 of 50 posts (per-parent limit, in SQL). Parents:
	 * {@code users WHERE id > 10000 AND id <= 10000 + n ORDER BY id} (the top-3 users;
	 * AUTO batches a to-many with a per-parent limit at every size). Children by post key
	 * descending ("latest" is the highest key).
	 */
	TOP3;

	/**
	 * The largest parent-set size the data supports.
	 */
	public static final int MAX_PARENTS = BenchmarkData.REGULAR_USERS;

}
