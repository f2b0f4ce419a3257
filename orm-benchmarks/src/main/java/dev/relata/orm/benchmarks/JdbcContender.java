package dev.relata.orm.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.relata.orm.benchmarks.BenchmarkModels.Playlist;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Tag;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;

/**
 * The baseline: hand-written JDBC as a careful developer writes it. One connection per
 * operation, prepared statements, columns read by index, one statement per level with the
 * parents' keys bound as one array ({@code = ANY(?)}), children grouped in a hash map,
 * the same records Relata builds. Per-parent top-3 uses {@code LATERAL ... LIMIT 3} on
 * PostgreSQL (an index range per parent) and {@code ROW_NUMBER()} on H2. Chinook: the
 * tracks with {@code LIMIT}, then their playlists through {@code playlist_track} in one
 * statement ({@code pt.track_id = ANY(?)}, an {@code INTEGER} array), on both databases.
 * <p>
 * Not yet tried (for the next session): a single JOIN statement for very small parent
 * sets, where it would save a round trip.
 */
final class JdbcContender implements Contender {

	private static final String S = BenchmarkData.SCHEMA + ".";

	private static final String USERS_LIMIT = "SELECT id, name FROM " + S + "users ORDER BY id LIMIT ?";

	private static final String USERS_UP_TO = "SELECT id, name FROM " + S + "users WHERE id <= ? ORDER BY id";

	private static final String USERS_BETWEEN = "SELECT id, name FROM " + S
			+ "users WHERE id > ? AND id <= ? ORDER BY id";

	private static final String USERS_BY_KEYS = "SELECT id, name FROM " + S + "users WHERE id = ANY(?)";

	private static final String POSTS_LIMIT = "SELECT id, user_id, title FROM " + S + "posts ORDER BY id LIMIT ?";

	private static final String POSTS_UP_TO = "SELECT id, user_id, title FROM " + S + "posts WHERE id <= ? ORDER BY id";

	private static final String POSTS_BY_USERS = "SELECT id, user_id, title FROM " + S
			+ "posts WHERE user_id = ANY(?) ORDER BY user_id, id";

	private static final String TAGS_BY_POSTS = "SELECT pt.post_id, t.id, t.name FROM " + S + "post_tags pt JOIN " + S
			+ "tags t ON t.id = pt.tag_id WHERE pt.post_id = ANY(?) ORDER BY pt.post_id, t.id";

	private static final String TOP3_POSTGRESQL = "SELECT p.id, p.user_id, p.title FROM unnest(?) AS k(id)"
			+ " CROSS JOIN LATERAL (SELECT id, user_id, title FROM " + S
			+ "posts WHERE user_id = k.id ORDER BY id DESC LIMIT 3) p ORDER BY p.user_id, p.id DESC";

	private static final String TOP3_H2 = "SELECT id, user_id, title FROM (SELECT id, user_id, title,"
			+ " ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC) AS rn FROM " + S
			+ "posts WHERE user_id = ANY(?)) x WHERE rn <= 3 ORDER BY user_id, id DESC";

	private static final String C = ChinookData.SCHEMA + ".";

	private static final String TRACKS_LIMIT = "SELECT track_id, name, album_id, composer, milliseconds, unit_price FROM "
			+ C + "track ORDER BY track_id LIMIT ?";

	private static final String PLAYLISTS_BY_TRACKS = "SELECT pt.track_id, p.playlist_id, p.name FROM " + C
			+ "playlist_track pt JOIN " + C
			+ "playlist p ON p.playlist_id = pt.playlist_id WHERE pt.track_id = ANY(?) ORDER BY pt.track_id, p.playlist_id";

	private final BenchmarkDatabase database;

	private final DataSource dataSource;

	JdbcContender(BenchmarkDatabase database, DataSource dataSource) {
		this.database = database;
		this.dataSource = dataSource;
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		try (Connection connection = this.dataSource.getConnection()) {
			return switch (scenario) {
				case HAS_MANY -> usersWithPosts(connection, users(connection, USERS_LIMIT, parents), POSTS_BY_USERS);
				case BELONGS_TO -> postsWithUser(connection, posts(connection, POSTS_UP_TO, parents));
				case MANY_TO_MANY -> postsWithTags(connection, posts(connection, POSTS_LIMIT, parents));
				case NESTED -> usersWithPostsWithTags(connection, users(connection, USERS_UP_TO, parents));
				case TOP3 -> usersWithPosts(connection,
						users(connection, USERS_BETWEEN, BenchmarkData.REGULAR_USERS,
								BenchmarkData.REGULAR_USERS + parents),
						(this.database == BenchmarkDatabase.POSTGRESQL) ? TOP3_POSTGRESQL : TOP3_H2);
				case CHINOOK -> tracksWithPlaylists(connection, tracks(connection, parents));
			};
		}
		catch (SQLException ex) {
			throw new IllegalStateException(scenario + " with " + parents + " parents failed: " + ex, ex);
		}
	}

	@Override
	public KeyTree keyTree(Scenario scenario, Object result) {
		return ModelKeyTrees.of(scenario, (List<?>) result);
	}

	private static List<User> users(Connection connection, String sql, int... binds) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < binds.length; i++) {
				statement.setLong(i + 1, binds[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				List<User> users = new ArrayList<>();
				while (rs.next()) {
					users.add(new User(rs.getLong(1), rs.getString(2), null));
				}
				return users;
			}
		}
	}

	private static List<Post> posts(Connection connection, String sql, int bind) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, bind);
			try (ResultSet rs = statement.executeQuery()) {
				List<Post> posts = new ArrayList<>();
				while (rs.next()) {
					posts.add(post(rs));
				}
				return posts;
			}
		}
	}

	private static Post post(ResultSet rs) throws SQLException {
		return new Post(rs.getLong(1), rs.getLong(2), rs.getString(3), null, null);
	}

	private static List<User> usersWithPosts(Connection connection, List<User> users, String sql) throws SQLException {
		Map<Long, List<Post>> posts = postsByUser(connection, users, sql);
		List<User> result = new ArrayList<>(users.size());
		for (User user : users) {
			result.add(user.withPosts(posts.getOrDefault(user.id(), List.of())));
		}
		return result;
	}

	private static Map<Long, List<Post>> postsByUser(Connection connection, List<User> users, String sql)
			throws SQLException {
		Map<Long, List<Post>> posts = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, keys(connection, users.stream().map(User::id).toList()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					Post post = post(rs);
					posts.computeIfAbsent(post.userId(), (key) -> new ArrayList<>()).add(post);
				}
			}
		}
		return posts;
	}

	private static List<Post> postsWithUser(Connection connection, List<Post> posts) throws SQLException {
		Map<Long, User> users = new HashMap<>();
		LinkedHashSet<Long> keys = new LinkedHashSet<>();
		for (Post post : posts) {
			keys.add(post.userId());
		}
		try (PreparedStatement statement = connection.prepareStatement(USERS_BY_KEYS)) {
			statement.setArray(1, keys(connection, keys));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					User user = new User(rs.getLong(1), rs.getString(2), null);
					users.put(user.id(), user);
				}
			}
		}
		List<Post> result = new ArrayList<>(posts.size());
		for (Post post : posts) {
			result.add(post.withUser(users.get(post.userId())));
		}
		return result;
	}

	private static List<Post> postsWithTags(Connection connection, List<Post> posts) throws SQLException {
		Map<Long, List<Tag>> tags = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(TAGS_BY_POSTS)) {
			statement.setArray(1, keys(connection, posts.stream().map(Post::id).toList()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					tags.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
						.add(new Tag(rs.getLong(2), rs.getString(3)));
				}
			}
		}
		List<Post> result = new ArrayList<>(posts.size());
		for (Post post : posts) {
			result.add(post.withTags(tags.getOrDefault(post.id(), List.of())));
		}
		return result;
	}

	private static List<User> usersWithPostsWithTags(Connection connection, List<User> users) throws SQLException {
		Map<Long, List<Post>> posts = postsByUser(connection, users, POSTS_BY_USERS);
		List<Post> allPosts = new ArrayList<>();
		for (List<Post> list : posts.values()) {
			allPosts.addAll(list);
		}
		Map<Long, Post> tagged = new HashMap<>();
		for (Post post : postsWithTags(connection, allPosts)) {
			tagged.put(post.id(), post);
		}
		List<User> result = new ArrayList<>(users.size());
		for (User user : users) {
			List<Post> own = posts.getOrDefault(user.id(), List.of());
			List<Post> withTags = new ArrayList<>(own.size());
			for (Post post : own) {
				withTags.add(tagged.get(post.id()));
			}
			result.add(user.withPosts(withTags));
		}
		return result;
	}

	private static List<Track> tracks(Connection connection, int limit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(TRACKS_LIMIT)) {
			statement.setInt(1, limit);
			try (ResultSet rs = statement.executeQuery()) {
				List<Track> tracks = new ArrayList<>();
				while (rs.next()) {
					int albumId = rs.getInt(3);
					Integer album = rs.wasNull() ? null : albumId;
					tracks.add(new Track(rs.getInt(1), rs.getString(2), album, rs.getString(4), rs.getInt(5),
							rs.getBigDecimal(6), null));
				}
				return tracks;
			}
		}
	}

	private static List<Track> tracksWithPlaylists(Connection connection, List<Track> tracks) throws SQLException {
		Map<Integer, List<Playlist>> playlists = new HashMap<>();
		Integer[] keys = new Integer[tracks.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = tracks.get(i).trackId();
		}
		try (PreparedStatement statement = connection.prepareStatement(PLAYLISTS_BY_TRACKS)) {
			statement.setArray(1, connection.createArrayOf("INTEGER", keys));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					playlists.computeIfAbsent(rs.getInt(1), (key) -> new ArrayList<>())
						.add(new Playlist(rs.getInt(2), rs.getString(3)));
				}
			}
		}
		List<Track> result = new ArrayList<>(tracks.size());
		for (Track track : tracks) {
			result.add(track.withPlaylists(playlists.getOrDefault(track.trackId(), List.of())));
		}
		return result;
	}

	private static Array keys(Connection connection, Collection<Long> keys) throws SQLException {
		return connection.createArrayOf("BIGINT", keys.toArray(new Long[0]));
	}

}
