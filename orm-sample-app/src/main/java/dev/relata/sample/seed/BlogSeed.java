package dev.relata.sample.seed;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The blog's seed data, computed the same on every run: 4 roles, 24 tags, a tree of 17
 * categories three levels deep, 200 users (two in three with a profile), about 5,000
 * posts by the users who are not readers, 1 to 3 tags per post and comments on posts and
 * on users' walls.
 * <p>
 * Rows have explicit keys, 1 to n per table in insert order, so the data is the same on
 * every database (MariaDB's auto-increment may leave gaps in batched inserts). The
 * tables' generated keys start at {@value #FIRST_GENERATED_KEY}, above every seeded key.
 */
public final class BlogSeed {

	/**
	 * The first key the database generates (the identity columns start there, see
	 * {@code V1__create_blog.sql}): rows created through the API get keys from here on.
	 */
	public static final long FIRST_GENERATED_KEY = 10_000;

	/**
	 * The number of users.
	 */
	public static final int USERS = 200;

	/**
	 * The roles, in key order: {@code admin} is 1, {@code reader} 4.
	 */
	public static final List<String> ROLES = List.of("admin", "editor", "author", "reader");

	/**
	 * The tags, in key order: {@code java} is 1.
	 */
	public static final List<String> TAGS = List.of("java", "spring", "sql", "postgresql", "mariadb", "h2", "jdbc",
			"flyway", "testing", "performance", "kotlin", "security", "observability", "docker", "architecture", "orm",
			"web", "json", "cloud", "devops", "tutorials", "opinion", "release-notes", "career");

	private static final long READER = 4;

	private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald",
			"Margaret", "Dennis", "Frances", "Ken", "Radia", "John", "Hedy", "Niklaus", "Karen", "Tim", "Adele",
			"Linus", "Sophie", "Guido");

	private static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov",
			"Knuth", "Hamilton", "Ritchie", "Allen", "Thompson");

	// name and parent (a 1-based key, 0 for a root), parents before their children
	private static final List<Object[]> CATEGORIES = List.of(new Object[] { "Programming", 0 },
			new Object[] { "Databases", 0 }, new Object[] { "Operations", 0 }, new Object[] { "Java", 1 },
			new Object[] { "Kotlin", 1 }, new Object[] { "Web", 1 }, new Object[] { "Relational", 2 },
			new Object[] { "Document stores", 2 }, new Object[] { "Observability", 3 },
			new Object[] { "Deployment", 3 }, new Object[] { "Spring", 4 }, new Object[] { "Build tools", 4 },
			new Object[] { "PostgreSQL", 7 }, new Object[] { "MariaDB", 7 }, new Object[] { "H2", 7 },
			new Object[] { "Metrics", 9 }, new Object[] { "Containers", 10 });

	private static final List<String> TOPICS = List.of("A first look", "Lessons learned", "Ten tips", "Under the hood",
			"A migration story", "Benchmarks", "Pitfalls", "Best practices");

	private BlogSeed() {
	}

	/**
	 * Returns the seed rows, parents before children.
	 * @return roles, tags, categories, users, profiles, posts, post_tags, comments
	 */
	public static List<SeedTable> tables() {
		List<Object[]> posts = posts();
		return List.of(names("roles", ROLES), names("tags", TAGS), categories(), users(), profiles(),
				new SeedTable("posts",
						"INSERT INTO posts (id, user_id, category_id, title, published) VALUES (?, ?, ?, ?, ?)",
						new int[] { Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BOOLEAN }, posts),
				postTags(posts.size()), comments(posts.size()));
	}

	/**
	 * Returns the role of a user.
	 * @param user the user's key
	 * @return the role's key, or {@code null} for every 25th user
	 */
	public static @Nullable Long roleOf(long user) {
		if (user == 1) {
			return 1L;
		}
		if (user % 25 == 0) {
			return null;
		}
		if (user % 10 == 2) {
			return 2L;
		}
		return (user % 4 == 3) ? READER : 3L;
	}

	/**
	 * Returns how many posts a user wrote: none for readers.
	 * @param user the user's key
	 * @return the number of posts
	 */
	public static int postsOf(long user) {
		Long role = roleOf(user);
		return (role != null && role == READER) ? 0 : 18 + (int) (user * 7 % 31);
	}

	/**
	 * Returns the tags of a post: one to three distinct tag keys. The first tag is the
	 * same for runs of five posts, and only a first tag can be {@code java}, so about a
	 * third of the authors have a post tagged {@code java}.
	 * @param post the post's key
	 * @return the tag keys
	 */
	public static Set<Long> tagsOf(long post) {
		Set<Long> tags = new LinkedHashSet<>();
		tags.add(1 + (post / 5) % TAGS.size());
		tags.add(2 + (post * 7 + 3) % (TAGS.size() - 1));
		if (post % 3 == 0) {
			tags.add(2 + (post * 11 + 5) % (TAGS.size() - 1));
		}
		return tags;
	}

	private static SeedTable names(String table, List<String> names) {
		List<Object[]> rows = new ArrayList<>();
		for (String name : names) {
			rows.add(new Object[] { rows.size() + 1L, name });
		}
		return new SeedTable(table, "INSERT INTO " + table + " (id, name) VALUES (?, ?)",
				new int[] { Types.BIGINT, Types.VARCHAR }, rows);
	}

	private static SeedTable categories() {
		List<Object[]> rows = new ArrayList<>();
		for (Object[] category : CATEGORIES) {
			long parent = ((Integer) category[1]).longValue();
			rows.add(new Object[] { rows.size() + 1L, category[0], (parent != 0) ? parent : null });
		}
		return new SeedTable("categories", "INSERT INTO categories (id, name, parent_id) VALUES (?, ?, ?)",
				new int[] { Types.BIGINT, Types.VARCHAR, Types.BIGINT }, rows);
	}

	private static SeedTable users() {
		List<Object[]> rows = new ArrayList<>();
		for (long user = 1; user <= USERS; user++) {
			String first = FIRST_NAMES.get((int) ((user - 1) % FIRST_NAMES.size()));
			String last = LAST_NAMES.get((int) ((user - 1) / FIRST_NAMES.size()));
			String email = (first + "." + last + "@example.com").toLowerCase(Locale.ROOT);
			rows.add(new Object[] { user, first + " " + last, email, roleOf(user) });
		}
		return new SeedTable("users", "INSERT INTO users (id, name, email, role_id) VALUES (?, ?, ?, ?)",
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT }, rows);
	}

	private static SeedTable profiles() {
		List<Object[]> rows = new ArrayList<>();
		for (long user = 1; user <= USERS; user++) {
			if (user % 3 != 0) {
				String topic = TAGS.get((int) (user % TAGS.size()));
				rows.add(new Object[] { rows.size() + 1L, user,
						"Writes about " + topic + " since " + (2000 + user % 25) + "." });
			}
		}
		return new SeedTable("profiles", "INSERT INTO profiles (id, user_id, bio) VALUES (?, ?, ?)",
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR }, rows);
	}

	private static List<Object[]> posts() {
		List<Object[]> rows = new ArrayList<>();
		for (long user = 1; user <= USERS; user++) {
			for (int i = 0; i < postsOf(user); i++) {
				long post = rows.size() + 1;
				long category = 1 + post * 5 % CATEGORIES.size();
				String tag = TAGS.get((int) (post / 5 % TAGS.size()));
				String title = TOPICS.get((int) (post % TOPICS.size())) + ": " + tag + " #" + post;
				rows.add(new Object[] { post, user, category, title, post % 5 != 0 });
			}
		}
		return rows;
	}

	private static SeedTable postTags(int posts) {
		List<Object[]> rows = new ArrayList<>();
		for (long post = 1; post <= posts; post++) {
			for (Long tag : tagsOf(post)) {
				rows.add(new Object[] { post, tag, "seed" });
			}
		}
		return new SeedTable("post_tags", "INSERT INTO post_tags (post_id, tag_id, added_by) VALUES (?, ?, ?)",
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR }, rows);
	}

	private static SeedTable comments(int posts) {
		List<Object[]> rows = new ArrayList<>();
		for (long post = 4; post <= posts; post += 4) {
			rows.add(new Object[] { rows.size() + 1L, "post", post,
					"Thanks, this helped with " + TAGS.get((int) (post % TAGS.size())) });
			if (post % 12 == 0) {
				rows.add(new Object[] { rows.size() + 1L, "post", post, "Have you measured it on PostgreSQL too?" });
			}
		}
		for (long user = 5; user <= USERS; user += 5) {
			rows.add(new Object[] { rows.size() + 1L, "user", user, "Welcome to the blog!" });
		}
		return new SeedTable("comments",
				"INSERT INTO comments (id, commentable_type, commentable_id, body) VALUES (?, ?, ?, ?)",
				new int[] { Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR }, rows);
	}

}
