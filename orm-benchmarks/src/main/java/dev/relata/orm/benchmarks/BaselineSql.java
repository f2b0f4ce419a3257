package dev.relata.orm.benchmarks;

/**
 * The statements of the hand-written JDBC baseline ({@link JdbcContender}) and of the
 * key-list comparison ({@link KeyListBenchmark}). A statement that reads the children of
 * a set of parents is a template: {@link KeyList#KEYS} or {@link KeyList#KEY_TABLE} marks
 * where the keys go, and the database's {@link BaselineForms} fills it in.
 */
final class BaselineSql {

	private static final String S = BenchmarkData.SCHEMA + ".";

	private static final String C = ChinookData.SCHEMA + ".";

	static final String USERS_LIMIT = "SELECT id, name FROM " + S + "users ORDER BY id LIMIT ?";

	static final String USERS_UP_TO = "SELECT id, name FROM " + S + "users WHERE id <= ? ORDER BY id";

	static final String USERS_BETWEEN = "SELECT id, name FROM " + S + "users WHERE id > ? AND id <= ? ORDER BY id";

	static final String USERS_BY_KEYS = "SELECT id, name FROM " + S + "users WHERE id " + KeyList.KEYS;

	static final String POSTS_LIMIT = "SELECT id, user_id, title FROM " + S + "posts ORDER BY id LIMIT ?";

	static final String POSTS_UP_TO = "SELECT id, user_id, title FROM " + S + "posts WHERE id <= ? ORDER BY id";

	static final String POSTS_BY_USERS = "SELECT id, user_id, title FROM " + S + "posts WHERE user_id " + KeyList.KEYS
			+ " ORDER BY user_id, id";

	static final String TAGS_BY_POSTS = "SELECT pt.post_id, t.id, t.name FROM " + S + "post_tags pt JOIN " + S
			+ "tags t ON t.id = pt.tag_id WHERE pt.post_id " + KeyList.KEYS + " ORDER BY pt.post_id, t.id";

	/**
	 * Top-3 per parent through {@code LATERAL}: an index range of 3 rows per parent
	 * (PostgreSQL).
	 */
	static final String TOP3_LATERAL = "SELECT p.id, p.user_id, p.title FROM " + KeyList.KEY_TABLE
			+ " CROSS JOIN LATERAL (SELECT id, user_id, title FROM " + S
			+ "posts WHERE user_id = k.id ORDER BY id DESC LIMIT 3) p ORDER BY p.user_id, p.id DESC";

	/**
	 * Top-3 of one parent: the same statement prepared once and run for each parent key
	 * (H2, an embedded database where a statement costs microseconds).
	 */
	static final String TOP3_OF_ONE = "SELECT id, user_id, title FROM " + S
			+ "posts WHERE user_id = ? ORDER BY id DESC LIMIT 3";

	/**
	 * Top-3 per parent by numbering every child of the parents with {@code ROW_NUMBER()}.
	 */
	static final String TOP3_ROW_NUMBER = "SELECT id, user_id, title FROM (SELECT id, user_id, title,"
			+ " ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC) AS rn FROM " + S + "posts WHERE user_id "
			+ KeyList.KEYS + ") x WHERE rn <= 3 ORDER BY user_id, id DESC";

	/**
	 * Top-3 per parent without {@code LATERAL} or numbering: each parent's third-latest
	 * key (a correlated {@code LIMIT 1 OFFSET 2} on the index; 0 when it has fewer than
	 * 3) in a derived table, grouped by parent so that it is materialized rather than
	 * merged, then the parent's children from that key on ({@code p.id >= b.low}, checked
	 * on the index before a row is read).
	 */
	static final String TOP3_KEY_BOUND = "SELECT p.id, p.user_id, p.title FROM (SELECT k.id, COALESCE((SELECT p2.id FROM "
			+ S + "posts p2 WHERE p2.user_id = k.id ORDER BY p2.id DESC LIMIT 1 OFFSET 2), 0) AS low FROM "
			+ KeyList.KEY_TABLE + " GROUP BY k.id) b JOIN " + S
			+ "posts p ON p.user_id = b.id AND p.id >= b.low ORDER BY p.user_id, p.id DESC";

	/**
	 * {@link #TOP3_KEY_BOUND} with the parents as a predicate: the bound is correlated on
	 * each child row's parent (MariaDB's subquery cache evaluates it once per parent).
	 */
	static final String TOP3_KEY_BOUND_PREDICATE = "SELECT p.id, p.user_id, p.title FROM " + S
			+ "posts p WHERE p.user_id " + KeyList.KEYS + " AND p.id >= COALESCE((SELECT p2.id FROM " + S
			+ "posts p2 WHERE p2.user_id = p.user_id ORDER BY p2.id DESC LIMIT 1 OFFSET 2), 0)"
			+ " ORDER BY p.user_id, p.id DESC";

	static final String TRACKS_LIMIT = "SELECT track_id, name, album_id, composer, milliseconds, unit_price FROM " + C
			+ "track ORDER BY track_id LIMIT ?";

	static final String PLAYLISTS_BY_TRACKS = "SELECT pt.track_id, p.playlist_id, p.name FROM " + C
			+ "playlist_track pt JOIN " + C + "playlist p ON p.playlist_id = pt.playlist_id WHERE pt.track_id "
			+ KeyList.KEYS + " ORDER BY pt.track_id, p.playlist_id";

	static final String ARTISTS_LIMIT = "SELECT artist_id, name FROM " + C + "artist ORDER BY artist_id LIMIT ?";

	static final String ALBUMS_BY_ARTISTS = "SELECT album_id, title, artist_id FROM " + C + "album WHERE artist_id "
			+ KeyList.KEYS + " ORDER BY artist_id, album_id";

	static final String TRACKS_BY_ALBUMS = "SELECT track_id, name, album_id, composer, milliseconds, unit_price FROM "
			+ C + "track WHERE album_id " + KeyList.KEYS + " ORDER BY album_id, track_id";

	private BaselineSql() {
	}

}
