package dev.relata.orm.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.relata.orm.benchmarks.hibernate.AlbumEntity;
import dev.relata.orm.benchmarks.hibernate.ArtistEntity;
import dev.relata.orm.benchmarks.hibernate.PlaylistEntity;
import dev.relata.orm.benchmarks.hibernate.PostEntity;
import dev.relata.orm.benchmarks.hibernate.TagEntity;
import dev.relata.orm.benchmarks.hibernate.TrackEntity;
import dev.relata.orm.benchmarks.hibernate.UserEntity;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 7 (the Boot BOM's version), bootstrapped without Spring on the shared
 * pool: annotated entities ({@link UserEntity}, {@link PostEntity}, {@link TagEntity},
 * {@link TrackEntity}, {@link PlaylistEntity}), every association lazy, a fresh read-only
 * {@link Session} per operation, no transaction (auto-commit, as the other contenders).
 * The graph is initialized inside the session; {@link #load} returns detached,
 * initialized entities. Fetching per scenario, the best Hibernate offers for its parent
 * query shape:
 * <ul>
 * <li>{@code HAS_MANY}: the users with {@code setMaxResults(n)}, then batch fetching of
 * {@code User.posts} ({@code @BatchSize(1000)}: one {@code = any(?)} statement per 1,000
 * users). JOIN FETCH is not an option here: a collection fetch with a limit is paginated
 * in memory (HHH90003004), which this contender refuses
 * ({@code fail_on_pagination_over_collection_fetch}).</li>
 * <li>{@code BELONGS_TO}: one statement, {@code join fetch p.user} (a to-one join fetch
 * does not multiply rows and the parent query has no limit).</li>
 * <li>{@code MANY_TO_MANY}: the posts with {@code setMaxResults(n)}, then batch fetching
 * of {@code Post.tags} (same reason as {@code HAS_MANY}).</li>
 * <li>{@code NESTED}: two statements: the users {@code left join fetch u.posts} (the
 * range filter has no limit, so JOIN FETCH is exact), then the same posts
 * {@code left join fetch p.tags}, which initializes the tags of the posts already in the
 * session. Two bag fetches in one query are refused by Hibernate
 * ({@code MultipleBagFetchException}), and batch fetching the tags would take one
 * statement per 1,000 posts.</li>
 * <li>{@code TOP3}: the users, then one native SQL query with
 * {@code ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC)} mapped to
 * {@link PostEntity} (a per-parent limit is no association fetch in Hibernate), grouped
 * per user in a {@link LatestPosts}; the users' {@code posts} collections stay
 * uninitialized (they would hold all 50).</li>
 * <li>{@code CHINOOK}: the tracks with {@code setMaxResults(n)}, then batch fetching of
 * {@code Track.playlists} through {@code playlist_track} (as {@code MANY_TO_MANY}).</li>
 * <li>{@code CHINOOK_CHAIN}: the artists with {@code setMaxResults(n)}, then batch
 * fetching of {@code Artist.albums}, then of {@code Album.tracks}: three statements (a
 * collection fetch under a limit is refused, as in {@code HAS_MANY}).</li>
 * </ul>
 * The dialect is Hibernate's own for each database; on MariaDB with schema-qualified
 * table names ({@link HibernateDialects}).
 */
final class HibernateContender implements Contender {

	private static final String TOP3_SQL = "SELECT id, user_id, title FROM (SELECT id, user_id, title,"
			+ " ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC) AS rn FROM " + BenchmarkData.SCHEMA
			+ ".posts WHERE user_id > :low AND user_id <= :high) x WHERE rn <= 3 ORDER BY user_id, id DESC";

	/**
	 * Hibernate logs through JBoss Logging, which falls back to JUL next to slf4j-nop;
	 * keep its bootstrap INFO lines out of the output (a strong reference, so the level
	 * sticks).
	 */
	private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

	private final SessionFactory sessionFactory;

	HibernateContender(BenchmarkDatabase database, DataSource dataSource) {
		HIBERNATE_LOGGER.setLevel(Level.WARNING);
		Configuration configuration = new Configuration().addAnnotatedClass(UserEntity.class)
			.addAnnotatedClass(PostEntity.class)
			.addAnnotatedClass(TagEntity.class)
			.addAnnotatedClass(TrackEntity.class)
			.addAnnotatedClass(PlaylistEntity.class)
			.addAnnotatedClass(ArtistEntity.class)
			.addAnnotatedClass(AlbumEntity.class);
		configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
		HibernateDialects.of(database)
			.ifPresent((dialect) -> configuration.setProperty(AvailableSettings.DIALECT, dialect.getName()));
		configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
		configuration.setProperty(AvailableSettings.FAIL_ON_PAGINATION_OVER_COLLECTION_FETCH, "true");
		configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
		this.sessionFactory = configuration.buildSessionFactory();
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		try (Session session = this.sessionFactory.openSession()) {
			session.setDefaultReadOnly(true);
			return switch (scenario) {
				case HAS_MANY -> usersWithPosts(session, parents);
				case BELONGS_TO -> postsWithUser(session, parents);
				case MANY_TO_MANY -> postsWithTags(session, parents);
				case NESTED -> usersWithPostsWithTags(session, parents);
				case TOP3 -> usersWithLatestPosts(session, parents);
				case CHINOOK -> tracksWithPlaylists(session, parents);
				case CHINOOK_CHAIN -> artistsWithAlbums(session, parents);
			};
		}
	}

	private static List<UserEntity> usersWithPosts(Session session, int parents) {
		List<UserEntity> users = session.createSelectionQuery("from UserEntity u order by u.id", UserEntity.class)
			.setMaxResults(parents)
			.setReadOnly(true)
			.getResultList();
		for (UserEntity user : users) {
			Hibernate.initialize(user.getPosts());
		}
		return users;
	}

	private static List<PostEntity> postsWithUser(Session session, int parents) {
		return session
			.createSelectionQuery("from PostEntity p join fetch p.user where p.id <= :n order by p.id",
					PostEntity.class)
			.setParameter("n", (long) parents)
			.setReadOnly(true)
			.getResultList();
	}

	private static List<PostEntity> postsWithTags(Session session, int parents) {
		List<PostEntity> posts = session.createSelectionQuery("from PostEntity p order by p.id", PostEntity.class)
			.setMaxResults(parents)
			.setReadOnly(true)
			.getResultList();
		for (PostEntity post : posts) {
			Hibernate.initialize(post.getTags());
		}
		return posts;
	}

	private static List<TrackEntity> tracksWithPlaylists(Session session, int parents) {
		List<TrackEntity> tracks = session
			.createSelectionQuery("from TrackEntity t order by t.trackId", TrackEntity.class)
			.setMaxResults(parents)
			.setReadOnly(true)
			.getResultList();
		for (TrackEntity track : tracks) {
			Hibernate.initialize(track.getPlaylists());
		}
		return tracks;
	}

	private static List<ArtistEntity> artistsWithAlbums(Session session, int parents) {
		List<ArtistEntity> artists = session
			.createSelectionQuery("from ArtistEntity a order by a.artistId", ArtistEntity.class)
			.setMaxResults(parents)
			.setReadOnly(true)
			.getResultList();
		for (ArtistEntity artist : artists) {
			Hibernate.initialize(artist.getAlbums());
		}
		for (ArtistEntity artist : artists) {
			for (AlbumEntity album : artist.getAlbums()) {
				Hibernate.initialize(album.getTracks());
			}
		}
		return artists;
	}

	private static List<UserEntity> usersWithPostsWithTags(Session session, int parents) {
		List<UserEntity> users = session
			.createSelectionQuery("from UserEntity u left join fetch u.posts p where u.id <= :n order by u.id, p.id",
					UserEntity.class)
			.setParameter("n", (long) parents)
			.setReadOnly(true)
			.getResultList();
		session
			.createSelectionQuery("from PostEntity p left join fetch p.tags t where p.userId <= :n order by p.id, t.id",
					PostEntity.class)
			.setParameter("n", (long) parents)
			.setReadOnly(true)
			.getResultList();
		for (UserEntity user : users) {
			for (PostEntity post : user.getPosts()) {
				// Already initialized by the second query; a no-op unless it was not.
				Hibernate.initialize(post.getTags());
			}
		}
		return users;
	}

	private static List<LatestPosts> usersWithLatestPosts(Session session, int parents) {
		long low = BenchmarkData.REGULAR_USERS;
		long high = low + parents;
		List<UserEntity> users = session
			.createSelectionQuery("from UserEntity u where u.id > :low and u.id <= :high order by u.id",
					UserEntity.class)
			.setParameter("low", low)
			.setParameter("high", high)
			.setReadOnly(true)
			.getResultList();
		List<PostEntity> posts = session.createNativeQuery(TOP3_SQL, PostEntity.class)
			.setParameter("low", low)
			.setParameter("high", high)
			.setReadOnly(true)
			.getResultList();
		Map<Long, List<PostEntity>> byUser = new HashMap<>();
		for (PostEntity post : posts) {
			byUser.computeIfAbsent(post.getUserId(), (key) -> new ArrayList<>()).add(post);
		}
		List<LatestPosts> result = new ArrayList<>(users.size());
		for (UserEntity user : users) {
			result.add(new LatestPosts(user, byUser.getOrDefault(user.getId(), List.of())));
		}
		return result;
	}

	@Override
	public KeyTree keyTree(Scenario scenario, Object result) {
		List<KeyTree.Node> roots = new ArrayList<>();
		for (Object parent : (List<?>) result) {
			roots.add(switch (scenario) {
				case HAS_MANY -> userNode((UserEntity) parent, false);
				case NESTED -> userNode((UserEntity) parent, true);
				case BELONGS_TO -> new KeyTree.Node(((PostEntity) parent).getId(),
						List.of(KeyTree.Node.leaf(((PostEntity) parent).getUser().getId())));
				case MANY_TO_MANY -> postNode((PostEntity) parent, true);
				case TOP3 -> latestNode((LatestPosts) parent);
				case CHINOOK -> trackNode((TrackEntity) parent);
				case CHINOOK_CHAIN -> artistNode((ArtistEntity) parent);
			});
		}
		return new KeyTree(roots);
	}

	private static KeyTree.Node userNode(UserEntity user, boolean withTags) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (PostEntity post : user.getPosts()) {
			children.add(postNode(post, withTags));
		}
		return new KeyTree.Node(user.getId(), children);
	}

	private static KeyTree.Node postNode(PostEntity post, boolean withTags) {
		if (!withTags) {
			return KeyTree.Node.leaf(post.getId());
		}
		List<KeyTree.Node> children = new ArrayList<>();
		for (TagEntity tag : post.getTags()) {
			children.add(KeyTree.Node.leaf(tag.getId()));
		}
		return new KeyTree.Node(post.getId(), children);
	}

	private static KeyTree.Node trackNode(TrackEntity track) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (PlaylistEntity playlist : track.getPlaylists()) {
			children.add(KeyTree.Node.leaf(playlist.getPlaylistId()));
		}
		return new KeyTree.Node(track.getTrackId(), children);
	}

	private static KeyTree.Node artistNode(ArtistEntity artist) {
		List<KeyTree.Node> albums = new ArrayList<>();
		for (AlbumEntity album : artist.getAlbums()) {
			List<KeyTree.Node> tracks = new ArrayList<>();
			for (TrackEntity track : album.getTracks()) {
				tracks.add(KeyTree.Node.leaf(track.getTrackId()));
			}
			albums.add(new KeyTree.Node(album.getAlbumId(), tracks));
		}
		return new KeyTree.Node(artist.getArtistId(), albums);
	}

	private static KeyTree.Node latestNode(LatestPosts latest) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (PostEntity post : latest.posts()) {
			children.add(KeyTree.Node.leaf(post.getId()));
		}
		return new KeyTree.Node(latest.user().getId(), children);
	}

	@Override
	public void close() {
		this.sessionFactory.close();
	}

	/**
	 * A user with its latest 3 posts (the top-3 scenario's natural Hibernate result: the
	 * entity and the entities of a native window-function query).
	 *
	 * @param user the user
	 * @param posts its latest 3 posts, key descending
	 */
	record LatestPosts(UserEntity user, List<PostEntity> posts) {

	}

}
