package dev.relata.orm.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading at the edges: parents without children, null and duplicate foreign keys,
 * {@code Integer} foreign keys against {@code Long} keys, self references and ties under
 * a per-parent limit, on every strategy.
 */
class LoadingEdgeCasesIntegrationTests {

	private static final List<LoadOptions> STRATEGIES = List.of(LoadOptions.join(), LoadOptions.batched(),
			LoadOptions.defaults());

	@Table("ec_users")
	record User(@Id Long id, String name, @Nullable List<Post> posts) {
	}

	@Table("ec_posts")
	record Post(@Id Long id, String title, @Nullable Long userId, int score, @Nullable User user,
			@Nullable List<Comment> comments) {
	}

	@Table("ec_comments")
	record Comment(@Id Long id, Integer postId, String body, @Nullable Post post) {
	}

	@Table("ec_categories")
	record Category(@Id Long id, String name, @Nullable Long parentId, @Nullable Category parent,
			@Nullable List<Category> children) {
	}

	private final StatementLog log = new StatementLog();

	private Orm orm(TestDatabase db) {
		db.recreate("ec_comments",
				"CREATE TABLE ec_comments (id BIGINT PRIMARY KEY, post_id INTEGER NOT NULL, body VARCHAR(50) NOT NULL)");
		db.recreate("ec_posts", "CREATE TABLE ec_posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, "
				+ "user_id BIGINT, score INTEGER NOT NULL)");
		db.recreate("ec_users", "CREATE TABLE ec_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("ec_categories",
				"CREATE TABLE ec_categories (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, " + "parent_id BIGINT)");
		db.execute("INSERT INTO ec_users VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Alan'), (4, 'Edsger')",
				"INSERT INTO ec_posts VALUES (1, 'a1', 1, 5), (2, 'a2', 1, 7), (3, 'a3', 1, 5), (4, 'a4', 1, 7), "
						+ "(5, 'a5', 1, 5), (6, 'g1', 2, 3), (7, 'g2', 2, 3), (8, 'g3', 2, 3), (9, 'n1', NULL, 1), "
						+ "(10, 'n2', NULL, 1)",
				"INSERT INTO ec_comments VALUES (1, 1, 'c1'), (2, 1, 'c2'), (3, 6, 'c3'), (4, 10, 'c4')",
				"INSERT INTO ec_categories VALUES (1, 'root', NULL), (2, 'books', 1), (3, 'music', 1), "
						+ "(4, 'fiction', 2), (5, 'poetry', 2), (6, 'crime', 4), (7, 'noir', 6)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class, Comment.class, Category.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)),
					RelationDefinitions.of(Post.class,
							(r) -> r.belongsTo("user", User.class, Post::userId)
								.hasMany("comments", Comment.class, Comment::postId)),
					RelationDefinitions.of(Comment.class, (r) -> r.belongsTo("post", Post.class, Comment::postId)),
					RelationDefinitions.of(Category.class,
							(r) -> r.belongsTo("parent", Category.class, Category::parentId)
								.hasMany("children", Category.class, Category::parentId)))
			.build();
		return Orm.builder(db.dataSource(), schema).statementListener(this.log).build();
	}

	@DatabaseTest
	void parentsWithoutChildrenGetAnEmptyUnmodifiableList(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		Map<Long, List<Long>> expected = postIdsByUser(db);
		assertThat(expected.get(3L)).isEmpty();
		for (LoadOptions options : STRATEGIES) {
			List<User> loaded = users.query().orderBy("id").load("posts", options).many();
			Map<Long, List<Long>> actual = new LinkedHashMap<>();
			loaded.forEach((u) -> actual.put(u.id(), u.posts().stream().map(Post::id).toList()));
			assertThat(actual).as(options.toString()).containsExactlyEntriesOf(expected);
			for (User user : loaded) {
				assertThatExceptionOfType(UnsupportedOperationException.class).as(options + " " + user.name())
					.isThrownBy(() -> user.posts().add(null));
			}
		}
	}

	@DatabaseTest
	void belongsToWithANullForeignKeyIsNull(TestDatabase db) {
		OrmRepository<Post> posts = orm(db).repository(Post.class);
		for (LoadOptions options : STRATEGIES) {
			List<Post> loaded = posts.query().orderBy("id").load("user", options).many();
			assertThat(loaded).hasSize(10);
			for (Post post : loaded) {
				String expectedName = (post.userId() != null)
						? db.jdbc()
							.queryForObject("SELECT name FROM ec_users WHERE id = ?", String.class, post.userId())
						: null;
				assertThat((post.user() != null) ? post.user().name() : null).as(options + " " + post.title())
					.isEqualTo(expectedName);
			}
		}
	}

	@DatabaseTest
	void batchedBelongsToSendsNoStatementWhenEveryForeignKeyIsNull(TestDatabase db) {
		OrmRepository<Post> posts = orm(db).repository(Post.class);
		this.log.clear();
		List<Post> loaded = posts.query().whereNull("userId").orderBy("id").load("user", LoadOptions.batched()).many();
		assertThat(loaded).extracting(Post::id)
			.isEqualTo(db.jdbc().queryForList("SELECT id FROM ec_posts WHERE user_id IS NULL ORDER BY id", Long.class));
		assertThat(loaded).extracting(Post::user).containsOnlyNulls();
		assertThat(this.log.count()).as(this.log.sql().toString()).isEqualTo(1);
	}

	@DatabaseTest
	void duplicateParentKeysGiveOneInstancePerKeyAndAreSentOnce(TestDatabase db) {
		OrmRepository<Post> posts = orm(db).repository(Post.class);
		for (LoadOptions options : STRATEGIES) {
			this.log.clear();
			List<Post> loaded = posts.query().whereNotNull("userId").orderBy("id").load("user", options).many();
			assertThat(loaded).hasSize(8);
			for (Post post : loaded) {
				assertThat(post.user().id()).isEqualTo(post.userId());
				Post first = loaded.stream().filter((p) -> p.userId().equals(post.userId())).findFirst().orElseThrow();
				assertThat(post.user()).as(options.toString()).isSameAs(first.user());
			}
			if (options.equals(LoadOptions.batched())) {
				assertThat(this.log.count()).isEqualTo(2);
				assertThat(StatementLog.flatBinds(this.log.get(1))).as(this.log.get(1).sql()).containsExactly(1L, 2L);
			}
		}
	}

	@DatabaseTest
	void integerForeignKeysMatchLongKeysInBothDirections(TestDatabase db) {
		Orm orm = orm(db);
		Map<Long, List<Long>> expected = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT p.id, c.id FROM ec_posts p LEFT JOIN ec_comments c ON c.post_id = p.id "
					+ "ORDER BY p.id, c.id", (rs) -> {
						List<Long> ids = expected.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>());
						long comment = rs.getLong(2);
						if (!rs.wasNull()) {
							ids.add(comment);
						}
					});
		for (LoadOptions options : STRATEGIES) {
			List<Post> loaded = orm.repository(Post.class).query().orderBy("id").load("comments", options).many();
			Map<Long, List<Long>> actual = new LinkedHashMap<>();
			loaded.forEach((p) -> actual.put(p.id(), p.comments().stream().map(Comment::id).toList()));
			assertThat(actual).as(options.toString()).containsExactlyEntriesOf(expected);
			List<Comment> comments = orm.repository(Comment.class).query().orderBy("id").load("post", options).many();
			assertThat(comments).extracting((c) -> c.post().id())
				.as(options.toString())
				.isEqualTo(db.jdbc().queryForList("SELECT post_id FROM ec_comments ORDER BY id", Long.class));
			assertThat(comments.get(0).post()).isSameAs(comments.get(1).post());
		}
	}

	@DatabaseTest
	void selfReferenceLoadsThreeLevelsDownAndUp(TestDatabase db) {
		OrmRepository<Category> categories = orm(db).repository(Category.class);
		for (LoadOptions options : STRATEGIES) {
			Category root = categories.query()
				.whereNull("parentId")
				.load("children.children.children", options)
				.single();
			assertThat(root.name()).isEqualTo("root");
			assertThat(names(root.children())).as(options.toString()).isEqualTo(childNames(db, 1L));
			Category books = root.children().get(0);
			assertThat(names(books.children())).isEqualTo(childNames(db, 2L));
			assertThat(names(root.children().get(1).children())).isEqualTo(childNames(db, 3L)).isEmpty();
			Category fiction = books.children().get(0);
			assertThat(names(fiction.children())).isEqualTo(childNames(db, 4L)).containsExactly("crime");
			assertThat(names(books.children().get(1).children())).isEmpty();
			assertThat(fiction.children().get(0).children()).as("a fourth level is not loaded").isNull();
			assertThat(root.parent()).isNull();

			Category noir = categories.query().where("name", "noir").load("parent.parent.parent", options).single();
			assertThat(noir.parent().name()).isEqualTo("crime");
			assertThat(noir.parent().parent().name()).isEqualTo("fiction");
			assertThat(noir.parent().parent().parent().name()).isEqualTo("books");
			assertThat(noir.parent().parent().parent().parent()).as("a fourth level is not loaded").isNull();
			assertThat(noir.children()).isNull();
		}
	}

	@DatabaseTest
	void perParentLimitBreaksTiesByKeyOnEveryStrategy(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		Map<Long, List<Long>> expected = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT u.id, r.id FROM ec_users u LEFT JOIN (SELECT id, user_id, ROW_NUMBER() OVER "
					+ "(PARTITION BY user_id ORDER BY score DESC, id) AS rn FROM ec_posts) r "
					+ "ON r.user_id = u.id AND r.rn BETWEEN 2 AND 3 ORDER BY u.id, r.rn", (rs) -> {
						List<Long> ids = expected.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>());
						long post = rs.getLong(2);
						if (!rs.wasNull()) {
							ids.add(post);
						}
					});
		assertThat(expected.get(1L)).containsExactly(4L, 1L);
		assertThat(expected.get(2L)).containsExactly(7L, 8L);
		for (LoadOptions options : STRATEGIES) {
			for (int run = 0; run < 3; run++) {
				List<User> loaded = users.query()
					.orderBy("id")
					.load("posts", (q) -> q.orderBy("score", Direction.DESC).offset(1).limit(2), options)
					.many();
				Map<Long, List<Long>> actual = new LinkedHashMap<>();
				loaded.forEach((u) -> actual.put(u.id(), u.posts().stream().map(Post::id).toList()));
				assertThat(actual).as(options.toString()).containsExactlyEntriesOf(expected);
			}
		}
	}

	private static Map<Long, List<Long>> postIdsByUser(TestDatabase db) {
		Map<Long, List<Long>> expected = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT u.id, p.id FROM ec_users u LEFT JOIN ec_posts p ON p.user_id = u.id ORDER BY u.id, p.id",
					(rs) -> {
						List<Long> ids = expected.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>());
						long post = rs.getLong(2);
						if (!rs.wasNull()) {
							ids.add(post);
						}
					});
		return expected;
	}

	private static List<String> childNames(TestDatabase db, long parentId) {
		return db.jdbc()
			.queryForList("SELECT name FROM ec_categories WHERE parent_id = ? ORDER BY id", String.class, parentId);
	}

	private static List<String> names(List<Category> categories) {
		return categories.stream().map(Category::name).toList();
	}

}
