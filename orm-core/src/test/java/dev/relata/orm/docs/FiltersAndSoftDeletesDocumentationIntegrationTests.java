package dev.relata.orm.docs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.SoftDelete;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.Version;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/filters-and-soft-deletes.md}, run on every database.
 */
class FiltersAndSoftDeletesDocumentationIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");

	@Table("users")
	record User(@Id Long id, String name, @Nullable Long roleId, boolean active, @Nullable List<Post> posts,
			@Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags, @Nullable Long postsCount) {
	}

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("profiles")
	record Profile(@Id Long id, Long userId, String bio) {
	}

	@Table("posts")
	record Post(@Id Long id, String title, Long userId, boolean published, @Version long version,
			@SoftDelete @Nullable Instant deletedAt, @Nullable List<Tag> tags) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private Orm orm(TestDatabase db) {
		for (String table : List.of("user_tags", "post_tags", "profiles", "posts", "users", "roles", "tags")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, role_id BIGINT, active "
						+ db.booleanType() + " NOT NULL)",
				"CREATE TABLE profiles (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, bio VARCHAR(20) NOT NULL)",
				"CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(20) NOT NULL, user_id BIGINT NOT NULL, "
						+ "published " + db.booleanType() + " NOT NULL, version BIGINT NOT NULL, deleted_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))",
				"CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))",
				"INSERT INTO roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO users VALUES (1, 'Ada', 1, TRUE), (2, 'Grace', 2, FALSE), (3, 'Alan', NULL, FALSE), "
						+ "(4, 'Edsger', 2, TRUE)",
				"INSERT INTO profiles VALUES (1, 1, 'math')",
				"INSERT INTO posts (id, title, user_id, published, version) VALUES (1, 'Notes', 1, TRUE, 0), "
						+ "(2, 'Engines', 1, FALSE, 0), (3, 'Analysis', 1, TRUE, 0), (4, 'Cobol', 2, FALSE, 0)",
				"INSERT INTO tags VALUES (1, 'java'), (2, 'spam'), (3, 'sql')",
				"INSERT INTO user_tags VALUES (1, 1), (2, 2), (4, 3)",
				"INSERT INTO post_tags VALUES (1, 1), (2, 3), (4, 2)");
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
							(r) -> r.manyToMany("tags", Tag.class,
									(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
		return Orm.builder(db.dataSource(), schema)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.statementListener(new StatementListener() {
				@Override
				public void beforeStatement(ExecutedStatement statement) {
					FiltersAndSoftDeletesDocumentationIntegrationTests.this.statements.add(statement);
				}
			})
			.build();
	}

	private static List<Long> ids(List<User> users) {
		return users.stream().map(User::id).sorted().toList();
	}

	private static List<Long> sql(TestDatabase db, String where) {
		return db.jdbc().queryForList("SELECT u.id FROM users u WHERE " + where + " ORDER BY u.id", Long.class);
	}

	/**
	 * The SQL of the statements run since the last call, printed for the guide.
	 */
	private List<String> ran(TestDatabase db) {
		List<String> sql = this.statements.stream().map(ExecutedStatement::sql).toList();
		sql.forEach((statement) -> System.out.println("[" + db.kind() + "] " + statement));
		this.statements.clear();
		return sql;
	}

	@DatabaseTest
	void existenceFiltersKeepRowsByTheirRelatedRows(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		// doc snippet start
		List<User> authors = users.query().has("posts").many();
		List<User> prolific = users.query().has("posts", ">=", 3).many();
		List<User> withoutProfile = users.query().doesntHave("profile").many();
		List<User> published = users.query().whereHas("posts", (q) -> q.where("published", true)).many();
		List<User> noSpam = users.query().whereDoesntHave("tags", (q) -> q.where("name", "spam")).many();
		List<User> either = users.query()
			.where("active", true)
			.orHas("posts")
			.orWhereHas("role", (q) -> q.where("name", "admin"))
			.many();
		List<User> oneDraft = users.query().whereHas("posts", (q) -> q.where("published", false), "=", 1).many();
		// doc snippet end
		assertThat(ids(authors)).isEqualTo(sql(db, "EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id)"))
			.containsExactly(1L, 2L);
		assertThat(ids(prolific)).containsExactly(1L);
		assertThat(ids(withoutProfile)).containsExactly(2L, 3L, 4L);
		assertThat(ids(published)).containsExactly(1L);
		assertThat(ids(noSpam))
			.isEqualTo(sql(db,
					"NOT EXISTS (SELECT 1 FROM tags t JOIN user_tags ut ON ut.tag_id = t.id "
							+ "WHERE ut.user_id = u.id AND t.name = 'spam')"))
			.containsExactly(1L, 3L, 4L);
		assertThat(ids(either)).containsExactly(1L, 2L, 4L);
		assertThat(ids(oneDraft)).containsExactly(1L, 2L);
	}

	@DatabaseTest
	void existenceFiltersCompileToExistsAndCorrelatedCounts(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		this.statements.clear();
		// doc snippet start
		List<User> found = users.query()
			.whereHas("posts", (q) -> q.where("published", true))
			.has("tags", ">=", 1)
			.many();
		// doc snippet end
		assertThat(found).extracting(User::name).containsExactly("Ada");
		List<String> sql = ran(db);
		assertThat(sql).hasSize(1);
		assertThat(sql.get(0)).contains("WHERE EXISTS (SELECT 1 FROM")
			.contains("(SELECT COUNT(*) FROM")
			.contains("t0x")
			.contains("IS NULL");
	}

	@DatabaseTest
	void dottedPathsNestAndFiltersGroupLikeConditions(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		this.statements.clear();
		// doc snippet start
		List<User> javaAuthors = users.query().whereHas("posts.tags", (q) -> q.where("name", "java")).many();
		List<User> grouped = users.query().whereGroup((g) -> g.has("tags").doesntHave("posts")).orWhere("id", 1).many();
		// doc snippet end
		assertThat(ids(javaAuthors))
			.isEqualTo(sql(db,
					"EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id AND EXISTS (SELECT 1 FROM tags t "
							+ "JOIN post_tags pt ON pt.tag_id = t.id WHERE pt.post_id = p.id AND t.name = 'java'))"))
			.containsExactly(1L);
		assertThat(ids(grouped)).containsExactly(1L, 4L);
		List<String> sql = ran(db);
		assertThat(sql.get(0)).contains("t0x2");
		assertThat(sql.get(1)).contains(" OR ");
	}

	@DatabaseTest
	void relationQueriesOfLoadsTakeExistenceFilters(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		this.statements.clear();
		// doc snippet start
		List<User> joined = users.query()
			.whereKey(1L)
			.load("posts", (q) -> q.whereHas("tags", (t) -> t.where("name", "java")), LoadOptions.join())
			.many();
		List<User> batched = users.query()
			.has("posts")
			.orderBy("id")
			.load("posts", (q) -> q.has("tags"), LoadOptions.batched())
			.many();
		// doc snippet end
		assertThat(joined).hasSize(1);
		assertThat(joined.get(0).posts()).extracting(Post::title).containsExactly("Notes");
		assertThat(batched).extracting(User::name).containsExactly("Ada", "Grace");
		assertThat(batched.get(0).posts()).extracting(Post::title).containsExactly("Notes", "Engines");
		assertThat(batched.get(1).posts()).extracting(Post::title).containsExactly("Cobol");
		List<String> sql = ran(db);
		assertThat(sql).hasSize(3);
		assertThat(sql.get(0)).contains("LEFT JOIN").contains("AND EXISTS (SELECT 1 FROM");
		assertThat(sql.get(2)).startsWith("SELECT").contains("AND EXISTS (SELECT 1 FROM");
	}

	@DatabaseTest
	void setBasedWritesSelectTheirKeysThroughADerivedTable(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<User> users = orm.repository(User.class);
		OrmRepository<Post> posts = orm.repository(Post.class);
		this.statements.clear();
		// doc snippet start
		int deactivated = users.query().doesntHave("posts").update((s) -> s.set("active", false));
		int removed = users.query().doesntHave("posts").doesntHave("tags").delete();
		int hidden = posts.query().whereHas("tags", (q) -> q.where("name", "spam")).delete();
		// doc snippet end
		assertThat(deactivated).isEqualTo(2);
		assertThat(removed).isEqualTo(1);
		assertThat(hidden).isEqualTo(1);
		assertThat(sql(db, "u.active = TRUE")).containsExactly(1L);
		assertThat(sql(db, "1 = 1")).containsExactly(1L, 2L, 4L);
		assertThat(db.jdbc().queryForList("SELECT id FROM posts WHERE deleted_at IS NOT NULL", Long.class))
			.containsExactly(4L);
		List<String> sql = ran(db);
		assertThat(sql).hasSize(3);
		assertThat(sql.get(0)).startsWith("UPDATE").contains("IN (SELECT d0.");
		assertThat(sql.get(1)).startsWith("DELETE").contains("IN (SELECT d0.");
		assertThat(sql.get(2)).startsWith("UPDATE").contains("IN (SELECT d0.");
	}

	@DatabaseTest
	void relatedReadsTheRowsOfOneInstance(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		User user = users.findById(1L).orElseThrow();
		// doc snippet start
		List<Post> posts = users.related(user, "posts", Post.class).many();
		Optional<Role> role = users.related(user, "role", Role.class).one();
		List<Post> recent = users.related(user, "posts", Post.class)
			.query()
			.orderBy("id", Direction.DESC)
			.limit(2)
			.many();
		long tagged = users.related(user, "posts", Post.class).query().has("tags").count();
		// doc snippet end
		assertThat(posts).extracting(Post::title).containsExactly("Notes", "Engines", "Analysis");
		assertThat(role).get().extracting(Role::name).isEqualTo("admin");
		assertThat(recent).extracting(Post::title).containsExactly("Analysis", "Engines");
		assertThat(tagged).isEqualTo(2);
	}

	@DatabaseTest
	void relatedRefusesOneOnToManyAndKeepsItsScope(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		User user = users.findById(1L).orElseThrow();
		// doc snippet start
		Related<Post> related = users.related(user, "posts", Post.class);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(related::one)
			.withMessage("one() on User.posts: it is a hasMany relation; use many() or query()");
		List<Post> scoped = related.query().where("title", "Notes").orWhere("title", "Cobol").many();
		// doc snippet end
		assertThat(scoped).extracting(Post::title).containsExactly("Notes");
	}

	@DatabaseTest
	void softDeleteTurnsDeletesIntoUpdatesAtTheOrmsClock(TestDatabase db) {
		OrmSchema schema = orm(db).schema();
		this.statements.clear();
		// doc snippet start
		Orm orm = Orm.builder(db.dataSource(), schema).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
		OrmRepository<Post> posts = orm.repository(Post.class);
		posts.delete(posts.findById(2L).orElseThrow());
		posts.deleteById(3L);
		int drafts = posts.query().where("published", false).delete();
		// doc snippet end
		assertThat(drafts).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Long.class)).isEqualTo(4);
		assertThat(posts.query().many()).extracting(Post::title).containsExactly("Notes");
		assertThat(posts.findById(2L)).isEmpty();
		assertThat(posts.query().withTrashed().whereKey(2L).single().deletedAt()).isEqualTo(NOW);
		assertThat(posts.query().withTrashed().whereKey(2L).single().version()).isEqualTo(1);
		assertThat(posts.query().withTrashed().whereKey(3L).single().deletedAt()).isEqualTo(NOW);
		assertThat(posts.query().withTrashed().whereKey(4L).single().deletedAt()).isEqualTo(NOW);
	}

	@DatabaseTest
	void softDeleteStatementsAreUpdates(TestDatabase db) {
		OrmRepository<Post> posts = orm(db).repository(Post.class);
		Post post = posts.findById(2L).orElseThrow();
		this.statements.clear();
		posts.delete(post);
		posts.deleteById(3L);
		posts.query().where("published", false).delete();
		List<String> sql = ran(db);
		assertThat(sql).hasSize(3).allSatisfy((statement) -> assertThat(statement).startsWith("UPDATE"));
		assertThat(sql.get(0)).containsIgnoringCase("version").contains("IS NULL");
	}

	@DatabaseTest
	void softDeletedRowsAreHiddenFromLoadsFiltersAndAggregates(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<User> users = orm.repository(User.class);
		orm.repository(Post.class).deleteById(2L);
		orm.repository(Post.class).deleteById(3L);
		this.statements.clear();
		// doc snippet start
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			User ada = users.query().whereKey(1L).load("posts", options).single();
			assertThat(ada.posts()).extracting(Post::title).containsExactly("Notes");
		}
		List<User> prolific = users.query().has("posts", ">=", 2).many();
		List<User> counted = users.query().orderBy("id").withCount("posts").many();
		// doc snippet end
		assertThat(prolific).isEmpty();
		assertThat(counted).extracting(User::postsCount).containsExactly(1L, 1L, 0L, 0L);
		assertThat(users.query().whereHas("posts", (q) -> q.where("published", false)).many()).extracting(User::name)
			.containsExactly("Grace");
		List<String> sql = ran(db);
		assertThat(sql).hasSize(7);
		assertThat(sql).filteredOn((statement) -> statement.toLowerCase().contains("posts"))
			.hasSize(6)
			.allSatisfy((statement) -> assertThat(statement).containsAnyOf("deleted_at\" IS NULL",
					"DELETED_AT\" IS NULL", "deleted_at` IS NULL", "deleted_at IS NULL"));
	}

	@DatabaseTest
	void trashedRowsCanBeReadRestoredAndDeletedForGood(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<User> users = orm.repository(User.class);
		OrmRepository<Post> posts = orm.repository(Post.class);
		posts.deleteById(2L);
		posts.deleteById(3L);
		// doc snippet start
		long all = posts.query().withTrashed().count();
		List<Post> trashed = posts.query().onlyTrashed().orderBy("id").many();
		User ada = users.query().whereKey(1L).load("posts", (q) -> q.withTrashed()).single();
		int restored = posts.query().where("title", "Engines").restore();
		int purged = posts.query().onlyTrashed().forceDelete();
		// doc snippet end
		assertThat(all).isEqualTo(4);
		assertThat(trashed).extracting(Post::title).containsExactly("Engines", "Analysis");
		assertThat(ada.posts()).extracting(Post::title).containsExactly("Notes", "Engines", "Analysis");
		assertThat(restored).isEqualTo(1);
		assertThat(purged).isEqualTo(1);
		assertThat(db.jdbc().queryForList("SELECT title FROM posts ORDER BY id", String.class)).containsExactly("Notes",
				"Engines", "Cobol");
		assertThat(posts.query().orderBy("id").many()).extracting(Post::title)
			.containsExactly("Notes", "Engines", "Cobol");
		assertThat(posts.findById(2L)).get().extracting(Post::version).isEqualTo(1L);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().where("name", "Ada").restore())
			.withMessage("restore() needs a model with soft deletes; User has no @SoftDelete property");
	}

	@DatabaseTest
	void versionIsStillCheckedOnSoftDelete(TestDatabase db) {
		OrmRepository<Post> posts = orm(db).repository(Post.class);
		// doc snippet start
		Post stale = posts.findById(1L).orElseThrow();
		Post fresh = posts.update(new Post(1L, "Notes v2", 1L, true, stale.version(), null, null));
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> posts.delete(stale));
		posts.delete(fresh);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> posts.delete(fresh));
		// doc snippet end
		assertThat(fresh.version()).isEqualTo(1);
		assertThat(posts.findById(1L)).isEmpty();
		assertThat(posts.query().withTrashed().whereKey(1L).single().version()).isEqualTo(2);
	}

}
