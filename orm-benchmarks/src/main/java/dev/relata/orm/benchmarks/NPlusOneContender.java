package dev.relata.orm.benchmarks;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.benchmarks.BenchmarkModels.Album;
import dev.relata.orm.benchmarks.BenchmarkModels.Artist;
import dev.relata.orm.benchmarks.BenchmarkModels.Playlist;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Tag;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;
import dev.relata.orm.query.Direction;

/**
 * The naive loop a developer writes without eager loading: the parents with the
 * scenario's query shape, then one Relata query per parent (and per post in the nested
 * scenario, per album in the Chinook chain) through {@code related(...)}: the "one query
 * per parent" plan of the report's targets. Relata's repeated-lazy-read warning is
 * switched off so it does not log during measurement. Runs up to {@value #MAX_PARENTS}
 * parents.
 */
final class NPlusOneContender implements Contender {

	/**
	 * The largest parent set the loop is run for.
	 */
	static final int MAX_PARENTS = 1000;

	private final OrmRepository<User> users;

	private final OrmRepository<Post> posts;

	private final OrmRepository<Track> tracks;

	private final OrmRepository<Artist> artists;

	private final OrmRepository<Album> albums;

	NPlusOneContender(BenchmarkDatabase database, DataSource dataSource) {
		Orm orm = Orm.builder(dataSource, BenchmarkModels.schema())
			.dialect(database.dialect())
			.settings((s) -> s.lazyRepeatWarningThreshold(0))
			.build();
		this.users = orm.repository(User.class);
		this.posts = orm.repository(Post.class);
		this.tracks = orm.repository(Track.class);
		this.artists = orm.repository(Artist.class);
		this.albums = orm.repository(Album.class);
	}

	@Override
	public boolean supports(Scenario scenario, int parents) {
		return parents <= MAX_PARENTS;
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		return switch (scenario) {
			case HAS_MANY -> withPosts(this.users.query().orderBy("id").limit(parents).many(), false);
			case BELONGS_TO -> withUser(this.posts.query().where("id", "<=", parents).orderBy("id").many());
			case MANY_TO_MANY -> withTags(this.posts.query().orderBy("id").limit(parents).many());
			case NESTED -> withPosts(this.users.query().where("id", "<=", parents).orderBy("id").many(), true);
			case TOP3 -> withLatestPosts(this.users.query()
				.where("id", ">", BenchmarkData.REGULAR_USERS)
				.where("id", "<=", BenchmarkData.REGULAR_USERS + parents)
				.orderBy("id")
				.many());
			case CHINOOK -> withPlaylists(this.tracks.query().orderBy("trackId").limit(parents).many());
			case CHINOOK_CHAIN -> withAlbums(this.artists.query().orderBy("artistId").limit(parents).many());
		};
	}

	@Override
	public KeyTree keyTree(Scenario scenario, Object result) {
		return ModelKeyTrees.of(scenario, (List<?>) result);
	}

	private List<User> withPosts(List<User> parents, boolean withTags) {
		List<User> result = new ArrayList<>(parents.size());
		for (User user : parents) {
			List<Post> posts = this.users.related(user, "posts", Post.class).query().orderBy("id").many();
			result.add(user.withPosts(withTags ? withTags(posts) : posts));
		}
		return result;
	}

	private List<User> withLatestPosts(List<User> parents) {
		List<User> result = new ArrayList<>(parents.size());
		for (User user : parents) {
			result.add(user.withPosts(this.users.related(user, "posts", Post.class)
				.query()
				.orderBy("id", Direction.DESC)
				.limit(3)
				.many()));
		}
		return result;
	}

	private List<Post> withUser(List<Post> parents) {
		List<Post> result = new ArrayList<>(parents.size());
		for (Post post : parents) {
			result.add(post.withUser(this.posts.related(post, "user", User.class).one().orElse(null)));
		}
		return result;
	}

	private List<Track> withPlaylists(List<Track> parents) {
		List<Track> result = new ArrayList<>(parents.size());
		for (Track track : parents) {
			result.add(track.withPlaylists(
					this.tracks.related(track, "playlists", Playlist.class).query().orderBy("playlistId").many()));
		}
		return result;
	}

	private List<Artist> withAlbums(List<Artist> parents) {
		List<Artist> result = new ArrayList<>(parents.size());
		for (Artist artist : parents) {
			List<Album> albums = new ArrayList<>();
			for (Album album : this.artists.related(artist, "albums", Album.class).query().orderBy("albumId").many()) {
				albums.add(album
					.withTracks(this.albums.related(album, "tracks", Track.class).query().orderBy("trackId").many()));
			}
			result.add(artist.withAlbums(albums));
		}
		return result;
	}

	private List<Post> withTags(List<Post> parents) {
		List<Post> result = new ArrayList<>(parents.size());
		for (Post post : parents) {
			result.add(post.withTags(this.posts.related(post, "tags", Tag.class).query().orderBy("id").many()));
		}
		return result;
	}

}
