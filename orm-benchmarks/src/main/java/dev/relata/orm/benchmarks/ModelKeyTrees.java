package dev.relata.orm.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.benchmarks.BenchmarkModels.Album;
import dev.relata.orm.benchmarks.BenchmarkModels.Artist;
import dev.relata.orm.benchmarks.BenchmarkModels.Playlist;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Tag;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;
import org.jspecify.annotations.Nullable;

/**
 * Normalizes results made of {@link BenchmarkModels} records (Relata and the hand-written
 * JDBC contender) into {@link KeyTree key trees}. A contender with its own types (a
 * Hibernate entity, a jOOQ record) writes its own normalization.
 */
public final class ModelKeyTrees {

	private ModelKeyTrees() {
	}

	/**
	 * Returns the key tree of a scenario's result.
	 * @param scenario the scenario
	 * @param result a list of users (has-many, nested, top-3), posts (belongs-to,
	 * many-to-many), tracks (Chinook) or artists (Chinook chain)
	 * @return the key tree
	 */
	public static KeyTree of(Scenario scenario, List<?> result) {
		List<KeyTree.Node> roots = new ArrayList<>(result.size());
		for (Object parent : result) {
			roots.add(switch (scenario) {
				case HAS_MANY, TOP3 -> userWithPosts((User) parent, false);
				case NESTED -> userWithPosts((User) parent, true);
				case BELONGS_TO -> postWithUser((Post) parent);
				case MANY_TO_MANY -> postWithTags((Post) parent);
				case CHINOOK -> trackWithPlaylists((Track) parent);
				case CHINOOK_CHAIN -> artistWithAlbums((Artist) parent);
			});
		}
		return new KeyTree(roots);
	}

	private static KeyTree.Node userWithPosts(User user, boolean withTags) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (Post post : required(user.posts(), "User.posts")) {
			children.add(withTags ? postWithTags(post) : KeyTree.Node.leaf(post.id()));
		}
		return new KeyTree.Node(user.id(), children);
	}

	private static KeyTree.Node postWithUser(Post post) {
		User user = post.user();
		return new KeyTree.Node(post.id(), (user != null) ? List.of(KeyTree.Node.leaf(user.id())) : List.of());
	}

	private static KeyTree.Node postWithTags(Post post) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (Tag tag : required(post.tags(), "Post.tags")) {
			children.add(KeyTree.Node.leaf(tag.id()));
		}
		return new KeyTree.Node(post.id(), children);
	}

	private static KeyTree.Node trackWithPlaylists(Track track) {
		List<KeyTree.Node> children = new ArrayList<>();
		for (Playlist playlist : required(track.playlists(), "Track.playlists")) {
			children.add(KeyTree.Node.leaf(playlist.playlistId()));
		}
		return new KeyTree.Node(track.trackId(), children);
	}

	private static KeyTree.Node artistWithAlbums(Artist artist) {
		List<KeyTree.Node> albums = new ArrayList<>();
		for (Album album : required(artist.albums(), "Artist.albums")) {
			List<KeyTree.Node> tracks = new ArrayList<>();
			for (Track track : required(album.tracks(), "Album.tracks")) {
				tracks.add(KeyTree.Node.leaf(track.trackId()));
			}
			albums.add(new KeyTree.Node(album.albumId(), tracks));
		}
		return new KeyTree.Node(artist.artistId(), albums);
	}

	private static <T> List<T> required(@Nullable List<T> list, String slot) {
		if (list == null) {
			throw new IllegalStateException(slot + " was not loaded");
		}
		return list;
	}

}
