package dev.relata.orm.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.relata.orm.benchmarks.BenchmarkModels.Album;
import dev.relata.orm.benchmarks.BenchmarkModels.Artist;
import dev.relata.orm.benchmarks.BenchmarkModels.Playlist;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Tag;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;
import dev.relata.orm.benchmarks.KeyList.KeyType;

/**
 * The baseline: hand-written JDBC as a careful developer writes it for each database. One
 * connection per operation, prepared statements, columns read by index, one statement per
 * level with the parents' keys sent in the database's best form ({@link BaselineForms}:
 * one array on PostgreSQL and H2, one {@code JSON_TABLE} parameter on MariaDB), children
 * grouped in a hash map, the same records Relata builds. Per-parent top-3 in the
 * database's fastest form (PostgreSQL {@code LATERAL}, MariaDB a per-parent key bound, H2
 * one statement per parent, prepared once). Chinook: the tracks with {@code LIMIT}, then
 * their playlists through {@code playlist_track} in one statement; the chain: the artists
 * with {@code LIMIT}, their albums, then the albums' tracks.
 * <p>
 * Not yet tried: a single JOIN statement for very small parent sets, where it would save
 * a round trip.
 */
final class JdbcContender implements Contender {

	private final DataSource dataSource;

	private final BaselineForms forms;

	JdbcContender(BenchmarkDatabase database, DataSource dataSource) {
		this.dataSource = dataSource;
		this.forms = BaselineForms.of(database);
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		try (Connection connection = this.dataSource.getConnection()) {
			return switch (scenario) {
				case HAS_MANY -> usersWithPosts(connection, users(connection, BaselineSql.USERS_LIMIT, parents),
						BaselineSql.POSTS_BY_USERS);
				case BELONGS_TO -> postsWithUser(connection, posts(connection, BaselineSql.POSTS_UP_TO, parents));
				case MANY_TO_MANY -> postsWithTags(connection, posts(connection, BaselineSql.POSTS_LIMIT, parents));
				case NESTED -> usersWithPostsWithTags(connection, users(connection, BaselineSql.USERS_UP_TO, parents));
				case TOP3 -> usersWithPosts(connection, users(connection, BaselineSql.USERS_BETWEEN,
						BenchmarkData.REGULAR_USERS, BenchmarkData.REGULAR_USERS + parents), this.forms.top3());
				case CHINOOK -> tracksWithPlaylists(connection, tracks(connection, parents));
				case CHINOOK_CHAIN -> artistsWithAlbums(connection, artists(connection, parents));
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

	private List<User> usersWithPosts(Connection connection, List<User> users, String sql) throws SQLException {
		Map<Long, List<Post>> posts = postsByUser(connection, users, sql);
		List<User> result = new ArrayList<>(users.size());
		for (User user : users) {
			result.add(user.withPosts(posts.getOrDefault(user.id(), List.of())));
		}
		return result;
	}

	private Map<Long, List<Post>> postsByUser(Connection connection, List<User> users, String sql) throws SQLException {
		if (sql.equals(this.forms.top3()) && this.forms.top3PerParent()) {
			return postsOfEachUser(connection, users, sql);
		}
		Map<Long, List<Post>> posts = new HashMap<>();
		children(connection, sql, keys(users, User::id), KeyType.BIGINT, (rs) -> {
			Post post = post(rs);
			posts.computeIfAbsent(post.userId(), (key) -> new ArrayList<>()).add(post);
		});
		return posts;
	}

	/**
	 * One statement per user, prepared once.
	 */
	private static Map<Long, List<Post>> postsOfEachUser(Connection connection, List<User> users, String sql)
			throws SQLException {
		Map<Long, List<Post>> posts = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (User user : users) {
				statement.setLong(1, user.id());
				try (ResultSet rs = statement.executeQuery()) {
					List<Post> own = new ArrayList<>();
					while (rs.next()) {
						own.add(post(rs));
					}
					posts.put(user.id(), own);
				}
			}
		}
		return posts;
	}

	private List<Post> postsWithUser(Connection connection, List<Post> posts) throws SQLException {
		Map<Long, User> users = new HashMap<>();
		LinkedHashSet<Long> keys = new LinkedHashSet<>();
		for (Post post : posts) {
			keys.add(post.userId());
		}
		children(connection, BaselineSql.USERS_BY_KEYS, List.copyOf(keys), KeyType.BIGINT, (rs) -> {
			User user = new User(rs.getLong(1), rs.getString(2), null);
			users.put(user.id(), user);
		});
		List<Post> result = new ArrayList<>(posts.size());
		for (Post post : posts) {
			result.add(post.withUser(users.get(post.userId())));
		}
		return result;
	}

	private List<Post> postsWithTags(Connection connection, List<Post> posts) throws SQLException {
		Map<Long, List<Tag>> tags = new HashMap<>();
		children(connection, BaselineSql.TAGS_BY_POSTS, keys(posts, Post::id), KeyType.BIGINT,
				(rs) -> tags.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
					.add(new Tag(rs.getLong(2), rs.getString(3))));
		List<Post> result = new ArrayList<>(posts.size());
		for (Post post : posts) {
			result.add(post.withTags(tags.getOrDefault(post.id(), List.of())));
		}
		return result;
	}

	private List<User> usersWithPostsWithTags(Connection connection, List<User> users) throws SQLException {
		Map<Long, List<Post>> posts = postsByUser(connection, users, BaselineSql.POSTS_BY_USERS);
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
		try (PreparedStatement statement = connection.prepareStatement(BaselineSql.TRACKS_LIMIT)) {
			statement.setInt(1, limit);
			try (ResultSet rs = statement.executeQuery()) {
				List<Track> tracks = new ArrayList<>();
				while (rs.next()) {
					tracks.add(track(rs));
				}
				return tracks;
			}
		}
	}

	private static Track track(ResultSet rs) throws SQLException {
		int albumId = rs.getInt(3);
		Integer album = rs.wasNull() ? null : albumId;
		BigDecimal unitPrice = rs.getBigDecimal(6);
		return new Track(rs.getInt(1), rs.getString(2), album, rs.getString(4), rs.getInt(5), unitPrice, null);
	}

	private List<Track> tracksWithPlaylists(Connection connection, List<Track> tracks) throws SQLException {
		Map<Integer, List<Playlist>> playlists = new HashMap<>();
		children(connection, BaselineSql.PLAYLISTS_BY_TRACKS, keys(tracks, Track::trackId), KeyType.INTEGER,
				(rs) -> playlists.computeIfAbsent(rs.getInt(1), (key) -> new ArrayList<>())
					.add(new Playlist(rs.getInt(2), rs.getString(3))));
		List<Track> result = new ArrayList<>(tracks.size());
		for (Track track : tracks) {
			result.add(track.withPlaylists(playlists.getOrDefault(track.trackId(), List.of())));
		}
		return result;
	}

	private static List<Artist> artists(Connection connection, int limit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(BaselineSql.ARTISTS_LIMIT)) {
			statement.setInt(1, limit);
			try (ResultSet rs = statement.executeQuery()) {
				List<Artist> artists = new ArrayList<>();
				while (rs.next()) {
					artists.add(new Artist(rs.getInt(1), rs.getString(2), null));
				}
				return artists;
			}
		}
	}

	private List<Artist> artistsWithAlbums(Connection connection, List<Artist> artists) throws SQLException {
		List<Album> albums = new ArrayList<>();
		children(connection, BaselineSql.ALBUMS_BY_ARTISTS, keys(artists, Artist::artistId), KeyType.INTEGER,
				(rs) -> albums.add(new Album(rs.getInt(1), rs.getString(2), rs.getInt(3), null)));
		Map<Integer, List<Track>> tracks = new HashMap<>();
		children(connection, BaselineSql.TRACKS_BY_ALBUMS, keys(albums, Album::albumId), KeyType.INTEGER, (rs) -> {
			Track track = track(rs);
			tracks.computeIfAbsent(track.albumId(), (key) -> new ArrayList<>()).add(track);
		});
		Map<Integer, List<Album>> byArtist = new HashMap<>();
		for (Album album : albums) {
			byArtist.computeIfAbsent(album.artistId(), (key) -> new ArrayList<>())
				.add(album.withTracks(tracks.getOrDefault(album.albumId(), List.of())));
		}
		List<Artist> result = new ArrayList<>(artists.size());
		for (Artist artist : artists) {
			result.add(artist.withAlbums(byArtist.getOrDefault(artist.artistId(), List.of())));
		}
		return result;
	}

	private void children(Connection connection, String template, List<? extends Number> keys, KeyType type,
			KeyedQuery.RowReader reader) throws SQLException {
		KeyedQuery.forEachRow(connection, this.forms.keyList(), template, keys, type, reader);
	}

	private static <T, K extends Number> List<K> keys(List<T> parents, Function<T, K> key) {
		List<K> keys = new ArrayList<>(parents.size());
		for (T parent : parents) {
			keys.add(key.apply(parent));
		}
		return keys;
	}

}
