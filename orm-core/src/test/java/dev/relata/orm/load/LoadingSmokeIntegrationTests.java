package dev.relata.orm.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
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

/**
 * A first pass over relation loading: every kind under JOIN, BATCHED and AUTO gives the
 * same graph.
 */
class LoadingSmokeIntegrationTests {

	@Table("sm_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role,
			@Nullable Profile profile, @Nullable List<Tag> tags, @Nullable Long postsCount) {
	}

	@Table("sm_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("sm_profiles")
	record Profile(@Id Long id, Long userId, String bio) {
	}

	@Table("sm_posts")
	record Post(@Id Long id, String title, Long userId, @Nullable User user, @Nullable List<Tag> tags) {
	}

	@Table("sm_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("sm_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("sm_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private OrmRepository<User> setUp(TestDatabase db) {
		db.recreate("sm_user_tags",
				"CREATE TABLE sm_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))");
		db.recreate("sm_post_tags",
				"CREATE TABLE sm_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))");
		db.recreate("sm_posts",
				"CREATE TABLE sm_posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, user_id BIGINT NOT NULL)");
		db.recreate("sm_profiles",
				"CREATE TABLE sm_profiles (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, bio VARCHAR(50) NOT NULL)");
		db.recreate("sm_users",
				"CREATE TABLE sm_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("sm_roles", "CREATE TABLE sm_roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("sm_tags", "CREATE TABLE sm_tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO sm_roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO sm_users VALUES (1, 'Ada', 1), (2, 'Grace', 2), (3, 'Alan', NULL)",
				"INSERT INTO sm_profiles VALUES (1, 1, 'math'), (2, 2, 'navy')",
				"INSERT INTO sm_posts VALUES (1, 'a1', 1), (2, 'a2', 1), (3, 'a3', 1), (4, 'g1', 2)",
				"INSERT INTO sm_tags VALUES (1, 'java'), (2, 'sql'), (3, 'math')",
				"INSERT INTO sm_user_tags VALUES (1, 1), (1, 3), (2, 2)",
				"INSERT INTO sm_post_tags VALUES (1, 1), (1, 2), (2, 2), (4, 3)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, PostTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.belongsTo("user", User.class, Post::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				LoadingSmokeIntegrationTests.this.statements.add(statement);
			}
		};
		return Orm.builder(db.dataSource(), schema).statementListener(listener).build().repository(User.class);
	}

	@DatabaseTest
	void everyKindLoadsTheSameGraphUnderEveryStrategy(TestDatabase db) {
		OrmRepository<User> users = setUp(db);
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			for (String relation : List.of("posts", "role", "profile", "tags")) {
				this.statements.clear();
				List<User> loaded = users.query().orderBy("id").load(relation, options).many();
				assertThat(loaded).extracting(User::name).containsExactly("Ada", "Grace", "Alan");
				String expectedSummary = switch (relation) {
					case "posts" -> "[[a1, a2, a3], [g1], []]";
					case "role" -> "[admin, user, null]";
					case "profile" -> "[math, navy, null]";
					default -> "[[java, math], [sql], []]";
				};
				assertThat(summary(loaded, relation)).as(relation + " " + options).isEqualTo(expectedSummary);
				int expected = options.equals(LoadOptions.join()) ? 1 : 2;
				assertThat(this.statements).as(relation + " " + options + " " + this.statements).hasSize(expected);
			}
		}
	}

	@DatabaseTest
	void nestedPagedAndAggregatedLoadsWork(TestDatabase db) {
		OrmRepository<User> users = setUp(db);
		List<User> loaded = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(2).load("tags"))
			.load("posts.user")
			.withCount("posts")
			.many();
		assertThat(summary(loaded, "posts")).isEqualTo("[[a3, a2], [g1], []]");
		assertThat(loaded.get(0).posts().get(1).tags()).extracting(Tag::name).containsExactly("sql");
		assertThat(loaded.get(0).posts().get(0).user().name()).isEqualTo("Ada");
		assertThat(loaded).extracting(User::postsCount).containsExactly(3L, 1L, 0L);
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched())) {
			List<User> paged = users.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("title", Direction.DESC).offset(1).limit(1), options)
				.many();
			assertThat(summary(paged, "posts")).as(options.toString()).isEqualTo("[[a2], [], []]");
			List<User> tagged = users.query()
				.orderBy("id")
				.load("tags", (q) -> q.orderBy("name").limit(1), options)
				.many();
			assertThat(summary(tagged, "tags")).as(options.toString()).isEqualTo("[[java], [sql], []]");
		}
		User one = users.query().whereKey(1L).load("posts.tags").load("role").one().orElseThrow();
		assertThat(one.posts()).extracting(Post::title).containsExactly("a1", "a2", "a3");
		assertThat(one.posts().get(0).tags()).extracting(Tag::name).containsExactly("java", "sql");
		assertThat(users.query().whereKey(1L).load("posts.tags").load("role").explain().toString()).contains("posts");
	}

	private static String summary(List<User> users, String relation) {
		return users.stream().map((u) -> switch (relation) {
			case "posts" -> String.valueOf(u.posts().stream().map(Post::title).toList());
			case "role" -> (u.role() != null) ? u.role().name() : "null";
			case "profile" -> (u.profile() != null) ? u.profile().bio() : "null";
			default -> String.valueOf(u.tags().stream().map(Tag::name).toList());
		}).toList().toString();
	}

}
