package dev.relata.orm.benchmarks;

import java.math.BigDecimal;
import java.util.List;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * The models of the benchmark schema ({@value BenchmarkData#SCHEMA}) and of the Chinook
 * tables the {@link Scenario#CHINOOK} and {@link Scenario#CHINOOK_CHAIN} scenarios read
 * ({@value ChinookData#SCHEMA}), and their Relata schema. The hand-written JDBC contender
 * builds the same records, so both return the types a user of either would write.
 */
public final class BenchmarkModels {

	private BenchmarkModels() {
	}

	/**
	 * A user: regular users have 10 posts, top-3 users 50.
	 *
	 * @param id the key
	 * @param name the name
	 * @param posts the posts relation slot
	 */
	@Table(value = "users", schema = BenchmarkData.SCHEMA)
	public record User(@Id Long id, String name, @Nullable List<Post> posts) {

		/**
		 * Returns a copy with the posts set.
		 * @param posts the posts
		 * @return the copy
		 */
		public User withPosts(List<Post> posts) {
			return new User(this.id, this.name, posts);
		}

	}

	/**
	 * A post of one user, tagged with 3 tags (regular users' posts only).
	 *
	 * @param id the key
	 * @param userId the author's key
	 * @param title the title
	 * @param user the author relation slot
	 * @param tags the tags relation slot
	 */
	@Table(value = "posts", schema = BenchmarkData.SCHEMA)
	public record Post(@Id Long id, Long userId, String title, @Nullable User user, @Nullable List<Tag> tags) {

		/**
		 * Returns a copy with the author set.
		 * @param user the author
		 * @return the copy
		 */
		public Post withUser(@Nullable User user) {
			return new Post(this.id, this.userId, this.title, user, this.tags);
		}

		/**
		 * Returns a copy with the tags set.
		 * @param tags the tags
		 * @return the copy
		 */
		public Post withTags(List<Tag> tags) {
			return new Post(this.id, this.userId, this.title, this.user, tags);
		}

	}

	/**
	 * A tag.
	 *
	 * @param id the key
	 * @param name the name
	 */
	@Table(value = "tags", schema = BenchmarkData.SCHEMA)
	public record Tag(@Id Long id, String name) {

	}

	/**
	 * The join model of posts and tags.
	 *
	 * @param postId the post's key
	 * @param tagId the tag's key
	 */
	@Table(value = "post_tags", schema = BenchmarkData.SCHEMA)
	public record PostTag(@Id Long postId, @Id Long tagId) {

	}

	/**
	 * A Chinook track with a handful of its 9 columns ({@code media_type_id},
	 * {@code genre_id} and {@code bytes} are left out: nothing here reads them). Every
	 * contender reads the same 6 columns.
	 *
	 * @param trackId the key
	 * @param name the name
	 * @param albumId the album's key, if any
	 * @param composer the composer, if known
	 * @param milliseconds the length
	 * @param unitPrice the price ({@code NUMERIC(10,2)})
	 * @param playlists the playlists relation slot
	 */
	@Table(value = "track", schema = ChinookData.SCHEMA)
	public record Track(@Id Integer trackId, String name, @Nullable Integer albumId, @Nullable String composer,
			Integer milliseconds, BigDecimal unitPrice, @Nullable List<Playlist> playlists) {

		/**
		 * Returns a copy with the playlists set.
		 * @param playlists the playlists
		 * @return the copy
		 */
		public Track withPlaylists(List<Playlist> playlists) {
			return new Track(this.trackId, this.name, this.albumId, this.composer, this.milliseconds, this.unitPrice,
					playlists);
		}

	}

	/**
	 * A Chinook artist.
	 *
	 * @param artistId the key
	 * @param name the name
	 * @param albums the albums relation slot
	 */
	@Table(value = "artist", schema = ChinookData.SCHEMA)
	public record Artist(@Id Integer artistId, @Nullable String name, @Nullable List<Album> albums) {

		/**
		 * Returns a copy with the albums set.
		 * @param albums the albums
		 * @return the copy
		 */
		public Artist withAlbums(List<Album> albums) {
			return new Artist(this.artistId, this.name, albums);
		}

	}

	/**
	 * A Chinook album of one artist.
	 *
	 * @param albumId the key
	 * @param title the title
	 * @param artistId the artist's key
	 * @param tracks the tracks relation slot
	 */
	@Table(value = "album", schema = ChinookData.SCHEMA)
	public record Album(@Id Integer albumId, String title, Integer artistId, @Nullable List<Track> tracks) {

		/**
		 * Returns a copy with the tracks set.
		 * @param tracks the tracks
		 * @return the copy
		 */
		public Album withTracks(List<Track> tracks) {
			return new Album(this.albumId, this.title, this.artistId, tracks);
		}

	}

	/**
	 * A Chinook playlist.
	 *
	 * @param playlistId the key
	 * @param name the name
	 */
	@Table(value = "playlist", schema = ChinookData.SCHEMA)
	public record Playlist(@Id Integer playlistId, @Nullable String name) {

	}

	/**
	 * The join model of Chinook's playlists and tracks (composite key).
	 *
	 * @param playlistId the playlist's key
	 * @param trackId the track's key
	 */
	@Table(value = "playlist_track", schema = ChinookData.SCHEMA)
	public record PlaylistTrack(@Id Integer playlistId, @Id Integer trackId) {

	}

	/**
	 * Returns the Relata schema of the models: {@code User.posts}, {@code Post.user},
	 * {@code Post.tags}, {@code Track.playlists}, {@code Artist.albums} and
	 * {@code Album.tracks}.
	 * @return the schema
	 */
	public static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Post.class, Tag.class, PostTag.class, Track.class, Playlist.class, PlaylistTrack.class,
					Artist.class, Album.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)),
					RelationDefinitions.of(Post.class,
							(r) -> r.belongsTo("user", User.class, Post::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))),
					RelationDefinitions.of(Track.class,
							(r) -> r.manyToMany("playlists", Playlist.class,
									(m) -> m.through(PlaylistTrack.class)
										.from(PlaylistTrack::trackId)
										.to(PlaylistTrack::playlistId))),
					RelationDefinitions.of(Artist.class, (r) -> r.hasMany("albums", Album.class, Album::artistId)),
					RelationDefinitions.of(Album.class, (r) -> r.hasMany("tracks", Track.class, Track::albumId)))
			.build();
	}

}
