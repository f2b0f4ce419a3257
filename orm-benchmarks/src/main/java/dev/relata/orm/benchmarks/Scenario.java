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
	HAS_MANY(BenchmarkData.REGULAR_USERS),

	/**
	 * Posts with their author. Parents: {@code posts WHERE id <= n ORDER BY id}
	 * (unbounded: AUTO batches at every size); the first {@code n} posts belong to
	 * {@code ceil(n / 10)} users.
	 */
	BELONGS_TO(BenchmarkData.REGULAR_USERS),

	/**
	 * Posts with their 3 tags each through {@code post_tags}. Parents:
	 * {@code posts ORDER BY id LIMIT n} (bounded: AUTO joins up to 10 parents). Tags by
	 * tag key.
	 */
	MANY_TO_MANY(BenchmarkData.REGULAR_USERS),

	/**
	 * Users with their posts with their tags (two levels). Parents:
	 * {@code users WHERE id <= n ORDER BY id} (unbounded: AUTO batches both levels).
	 */
	NESTED(BenchmarkData.REGULAR_USERS),

	/**
	 * Users with their latest 3 of 50 posts (per-parent limit, in SQL). Parents:
	 * {@code users WHERE id > 10000 AND id <= 10000 + n ORDER BY id} (the top-3 users;
	 * AUTO batches a to-many with a per-parent limit at every size). Children by post key
	 * descending ("latest" is the highest key).
	 */
	TOP3(BenchmarkData.REGULAR_USERS),

	/**
	 * Chinook's tracks with their playlists, many-to-many through the composite-key join
	 * table {@code playlist_track} (schema {@value ChinookData#SCHEMA}). Parents:
	 * {@code track ORDER BY track_id LIMIT n} (bounded: AUTO joins up to its many-to-many
	 * threshold, 10 parents). Playlists by playlist key. Real data rather than generated:
	 * a track is on 2 to 5 of the 18 playlists (2.5 on average over the first 1,000). At
	 * most {@value ChinookData#TRACKS} parents, so the runner's sizes stop at 1,000.
	 */
	CHINOOK(ChinookData.TRACKS),

	/**
	 * Chinook's artists with their albums with their tracks (two to-many levels, a
	 * chain). Parents: {@code artist ORDER BY artist_id LIMIT n} (bounded: AUTO joins the
	 * albums up to 9 parents; the tracks have no bound, so AUTO batches them). Albums by
	 * album key, tracks by track key. Real data: 275 artists, 347 albums, 3,503 tracks
	 * (the first 1, 10, 100 and 275 artists have 2, 15, 161 and 347 albums and 18, 161,
	 * 1,996 and 3,503 tracks). At most {@value ChinookData#ARTISTS} parents.
	 */
	CHINOOK_CHAIN(ChinookData.ARTISTS);

	/**
	 * The largest parent-set size the generated data supports (the scenarios on
	 * {@value BenchmarkData#SCHEMA}); see {@link #maxParents()} per scenario.
	 */
	public static final int MAX_PARENTS = BenchmarkData.REGULAR_USERS;

	private final int maxParents;

	Scenario(int maxParents) {
		this.maxParents = maxParents;
	}

	/**
	 * Returns the largest parent-set size this scenario's data supports: a larger size
	 * would load fewer parents than it names, so the benchmark refuses it.
	 * @return the largest size
	 */
	public int maxParents() {
		return this.maxParents;
	}

	/**
	 * Returns whether this scenario reads the Chinook data set ({@link ChinookData})
	 * rather than the generated data ({@link BenchmarkData}).
	 * @return whether it reads Chinook
	 */
	public boolean chinook() {
		return this == CHINOOK || this == CHINOOK_CHAIN;
	}

}
