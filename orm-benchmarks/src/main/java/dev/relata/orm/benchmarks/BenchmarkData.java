package dev.relata.orm.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Creates the scenario data once per run, server-side, in the schema {@value #SCHEMA}:
 * <ul>
 * <li>{@code users}: {@value #REGULAR_USERS} regular users (keys {@code 1..10000}) with
 * {@value #POSTS_PER_USER} posts each, then {@value #REGULAR_USERS} top-3 users (keys
 * {@code 10001..20000}) with {@value #TOP3_POSTS_PER_USER} posts each;</li>
 * <li>{@code posts}: regular users' posts first (keys {@code 1..100000}, user {@code u}
 * owns {@code 10(u-1)+1..10u}), then the top-3 users' posts;</li>
 * <li>{@code tags}: {@value #TAGS} tags; {@code post_tags}: every regular post has
 * {@value #TAGS_PER_POST} distinct tags.</li>
 * </ul>
 * The rows come from {@code generate_series} on PostgreSQL, the sequence engine's
 * {@code seq_1_to_N} tables on MariaDB (the schema is the database the pool connects to)
 * and {@code SYSTEM_RANGE} on H2 (its database file, see {@link BenchmarkDatabase#H2});
 * either way the schema is reused when its marker row says it was filled with the same
 * version and sizes.
 */
public final class BenchmarkData {

	/**
	 * The database schema holding the benchmark tables.
	 */
	public static final String SCHEMA = "relata_bench";

	/**
	 * How many regular users, and how many top-3 users: the largest parent set.
	 */
	public static final int REGULAR_USERS = 10_000;

	/**
	 * Posts per regular user.
	 */
	public static final int POSTS_PER_USER = 10;

	/**
	 * Posts per top-3 user.
	 */
	public static final int TOP3_POSTS_PER_USER = 50;

	/**
	 * Number of tags.
	 */
	public static final int TAGS = 200;

	/**
	 * Tags per regular post.
	 */
	public static final int TAGS_PER_POST = 3;

	/**
	 * Bumped whenever the generated data changes, so an old schema is rebuilt.
	 */
	private static final int DATA_VERSION = 1;

	private static final String MARKER = "bench_data";

	private BenchmarkData() {
	}

	/**
	 * Makes sure the data is there: reuses a complete schema of this version and these
	 * sizes, else (re)creates it.
	 * @param database the database
	 * @param dataSource its pool
	 * @return whether the data was created (false when reused)
	 */
	public static boolean ensure(BenchmarkDatabase database, DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			if (isPopulated(connection)) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				for (String sql : script(database)) {
					statement.execute(sql);
				}
			}
			return true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the benchmark data on " + database + ": " + ex, ex);
		}
	}

	private static boolean isPopulated(Connection connection) {
		String sql = "SELECT data_version, regular_users, posts_per_user, top3_posts_per_user, tags, tags_per_post FROM "
				+ SCHEMA + "." + MARKER;
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() && rs.getInt(1) == DATA_VERSION && rs.getInt(2) == REGULAR_USERS
					&& rs.getInt(3) == POSTS_PER_USER && rs.getInt(4) == TOP3_POSTS_PER_USER && rs.getInt(5) == TAGS
					&& rs.getInt(6) == TAGS_PER_POST;
		}
		catch (SQLException ex) {
			// No schema or no marker yet: create it.
			return false;
		}
	}

	private static List<String> script(BenchmarkDatabase database) {
		int users = REGULAR_USERS;
		int regularPosts = users * POSTS_PER_USER;
		String s = SCHEMA + ".";
		List<String> statements = new ArrayList<>(recreateSchema(database));
		statements.addAll(List.of("CREATE TABLE " + s + "users (id BIGINT PRIMARY KEY, name VARCHAR(60) NOT NULL)",
				"CREATE TABLE " + s + "posts (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES " + s
						+ "users (id), title VARCHAR(100) NOT NULL)",
				"CREATE TABLE " + s + "tags (id BIGINT PRIMARY KEY, name VARCHAR(60) NOT NULL)",
				"CREATE TABLE " + s + "post_tags (post_id BIGINT NOT NULL REFERENCES " + s
						+ "posts (id), tag_id BIGINT NOT NULL REFERENCES " + s
						+ "tags (id), PRIMARY KEY (post_id, tag_id))",
				"INSERT INTO " + s + "users (id, name) SELECT u.x, CONCAT('user ', u.x) FROM "
						+ range(database, 1, 2 * users, "u"),
				"INSERT INTO " + s + "posts (id, user_id, title) SELECT (u.x - 1) * " + POSTS_PER_USER
						+ " + k.x, u.x, CONCAT('post ', k.x, ' of user ', u.x) FROM " + range(database, 1, users, "u")
						+ " CROSS JOIN " + range(database, 1, POSTS_PER_USER, "k"),
				"INSERT INTO " + s + "posts (id, user_id, title) SELECT " + regularPosts + " + (u.x - " + (users + 1)
						+ ") * " + TOP3_POSTS_PER_USER + " + k.x, u.x, CONCAT('post ', k.x, ' of user ', u.x) FROM "
						+ range(database, users + 1, 2 * users, "u") + " CROSS JOIN "
						+ range(database, 1, TOP3_POSTS_PER_USER, "k"),
				"INSERT INTO " + s + "tags (id, name) SELECT t.x, CONCAT('tag ', t.x) FROM "
						+ range(database, 1, TAGS, "t"),
				// Distinct tags per post: consecutive keys from a post-dependent start.
				"INSERT INTO " + s + "post_tags (post_id, tag_id) SELECT p.x, MOD(p.x * 7 + j.x, " + TAGS
						+ ") + 1 FROM " + range(database, 1, regularPosts, "p") + " CROSS JOIN "
						+ range(database, 0, TAGS_PER_POST - 1, "j"),
				"CREATE INDEX posts_user_id_id ON " + s + "posts (user_id, id)",
				"CREATE INDEX post_tags_tag_id ON " + s + "post_tags (tag_id)", analyze(database),
				"CREATE TABLE " + s + MARKER + " (data_version INT, regular_users INT, posts_per_user INT,"
						+ " top3_posts_per_user INT, tags INT, tags_per_post INT)",
				"INSERT INTO " + s + MARKER + " VALUES (" + DATA_VERSION + ", " + REGULAR_USERS + ", " + POSTS_PER_USER
						+ ", " + TOP3_POSTS_PER_USER + ", " + TAGS + ", " + TAGS_PER_POST + ")"));
		return statements;
	}

	/**
	 * Drops what an earlier run left and makes the schema. On MariaDB the schema is the
	 * database the pool connects to, so its tables are dropped rather than the database.
	 */
	private static List<String> recreateSchema(BenchmarkDatabase database) {
		String s = SCHEMA + ".";
		return switch (database) {
			case POSTGRESQL, H2 -> List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
			case MARIADB -> List.of("CREATE DATABASE IF NOT EXISTS " + SCHEMA, "DROP TABLE IF EXISTS " + s + MARKER
					+ ", " + s + "post_tags, " + s + "posts, " + s + "tags, " + s + "users");
		};
	}

	private static String analyze(BenchmarkDatabase database) {
		String s = SCHEMA + ".";
		return switch (database) {
			case POSTGRESQL -> "ANALYZE " + s + "users, " + s + "posts, " + s + "tags, " + s + "post_tags";
			case MARIADB -> "ANALYZE TABLE " + s + "users, " + s + "posts, " + s + "tags, " + s + "post_tags";
			case H2 -> "ANALYZE";
		};
	}

	/**
	 * A server-side range of integers {@code from..to} as a table {@code alias} with one
	 * column {@code x}: {@code generate_series} on PostgreSQL, a table of MariaDB's
	 * sequence engine ({@code seq_<from>_to_<to>}, column {@code seq}),
	 * {@code SYSTEM_RANGE} on H2.
	 */
	private static String range(BenchmarkDatabase database, int from, int to, String alias) {
		return switch (database) {
			case POSTGRESQL -> "generate_series(" + from + ", " + to + ") AS " + alias + "(x)";
			case MARIADB -> "(SELECT seq AS x FROM seq_" + from + "_to_" + to + ") AS " + alias;
			case H2 -> "SYSTEM_RANGE(" + from + ", " + to + ") AS " + alias;
		};
	}

}
