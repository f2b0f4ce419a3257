package dev.relata.orm.docs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.SyncResult;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.annotation.Retryable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/writes.md}, run on every database: each method holds the
 * code of one group of snippets, unchanged, and checks what the page says.
 */
class WritesDocumentationIntegrationTests {

	@Table("users")
	public record User(@Id Long id, @Column(nullable = false) String name, @Nullable Long roleId,
			@Nullable List<Post> posts, @Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags) {
	}

	@Table("roles")
	public record Role(@Id Long id, String name) {
	}

	@Table("profiles")
	public record Profile(@Id Long id, @Nullable Long userId, String bio) {
	}

	@Table("posts")
	public record Post(@Id Long id, String title, @Nullable Long userId, @Nullable List<Tag> tags) {
	}

	@Table("tags")
	public record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	public record UserTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	@Table("post_tags")
	public record PostTag(@Id Long postId, @Id Long tagId) {
	}

	static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, PostTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasOne("profile", Profile.class, Profile::userId)
								.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.manyToMany("tags", Tag.class,
									(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
	}

	private static OrmRepository<User> users(TestDatabase db) {
		for (String table : List.of("post_tags", "user_tags", "posts", "profiles", "users", "roles", "tags")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE roles (id " + db.identity() + ", name VARCHAR(50) NOT NULL)",
				"CREATE TABLE users (id " + db.identity() + ", name VARCHAR(50) NOT NULL, role_id BIGINT)",
				"CREATE TABLE profiles (id " + db.identity() + ", user_id BIGINT UNIQUE, bio VARCHAR(50) NOT NULL)",
				"CREATE TABLE posts (id " + db.identity() + ", title VARCHAR(50) NOT NULL, user_id BIGINT)",
				"CREATE TABLE tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL)",
				// docs: "Pivot rows" - the pair is the primary key
				"CREATE TABLE user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, added_by VARCHAR(20), "
						+ "PRIMARY KEY (user_id, tag_id))",
				"CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))",
				"INSERT INTO roles (name) VALUES ('admin')", "INSERT INTO roles (name) VALUES ('user')",
				"INSERT INTO tags (name) VALUES ('java')", "INSERT INTO tags (name) VALUES ('sql')",
				"INSERT INTO tags (name) VALUES ('math')", "INSERT INTO tags (name) VALUES ('spam')");
		return Orm.create(db.dataSource(), schema()).repository(User.class);
	}

	private static List<Long> tagIds(TestDatabase db, Object userId) {
		return db.jdbc()
			.queryForList("SELECT tag_id FROM user_tags WHERE user_id = ? ORDER BY tag_id", Long.class, userId);
	}

	// --- docs: "Nested writes" ---

	@DatabaseTest
	void insertsAUserWithRelatedRowsInOneCall(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User alice = users.insert(new User(null, "Alice", null, null, null, null, null),
				w -> w.connect("role", 1L)
					.create("profile", new Profile(null, null, "Builder"))
					.create("posts", new Post(null, "First post", null, null), p -> p.connect("tags", 1L, 2L)));

		assertThat(alice.id()).isNotNull();
		assertThat(alice.roleId()).isEqualTo(1L);
		assertThat(alice.posts()).isNull();
		assertThat(alice.profile()).isNull();
		assertThat(db.jdbc().queryForObject("SELECT bio FROM profiles WHERE user_id = ?", String.class, alice.id()))
			.isEqualTo("Builder");
		assertThat(
				db.jdbc()
					.queryForList("SELECT pt.tag_id FROM posts p JOIN post_tags pt ON pt.post_id = p.id "
							+ "WHERE p.user_id = ? ORDER BY pt.tag_id", Long.class, alice.id()))
			.containsExactly(1L, 2L);
	}

	@DatabaseTest
	void updatesAUserAndItsRelationsByKey(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long id = users.insert(new User(null, "Alice", 1L, null, null, null, null), (w) -> w.connect("tags", 1L, 4L))
			.id();
		User updated = users.update(id,
				w -> w.set("name", "Alice B.")
					.connect("role", 2L)
					.disconnect("tags", List.of(4L))
					.create("posts", new Post(null, "Second", null, null)));

		assertThat(updated.name()).isEqualTo("Alice B.");
		assertThat(updated.roleId()).isEqualTo(2L);
		assertThat(tagIds(db, id)).containsExactly(1L);
		assertThat(db.jdbc().queryForList("SELECT title FROM posts WHERE user_id = ?", String.class, id))
			.containsExactly("Second");
	}

	@DatabaseTest
	void belongsToOperations(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// the role is inserted first, then Ada with its key in role_id
		User ada = users.insert(new User(null, "Ada", null, null, null, null, null),
				w -> w.create("role", new Role(null, "author")));
		// role_id = 2
		users.update(ada.id(), w -> w.connect("role", 2L));
		// role_id = NULL
		users.update(ada.id(), w -> w.disconnect("role"));

		assertThat(db.jdbc().queryForObject("SELECT name FROM roles WHERE id = ?", String.class, ada.roleId()))
			.isEqualTo("author");
		assertThat(db.jdbc().queryForList("SELECT role_id FROM users WHERE id = ?", Long.class, ada.id()))
			.containsExactly((Long) null);
	}

	@DatabaseTest
	void hasOneAndHasManyOperations(TestDatabase db) {
		OrmRepository<User> users = users(db);
		db.execute("INSERT INTO posts (title) VALUES ('draft 1')", "INSERT INTO posts (title) VALUES ('draft 2')");
		// the profile and the posts get Ada's key in user_id; Notes and Sketches are one
		// batch;
		// the two drafts now belong to Ada
		User ada = users.insert(new User(null, "Ada", null, null, null, null, null),
				w -> w.create("profile", new Profile(null, null, "Mathematician"))
					.create("posts", new Post(null, "Notes", null, null))
					.create("posts", new Post(null, "Sketches", null, null))
					.connect("posts", 1L, 2L));
		// draft 2: user_id = NULL
		users.update(ada.id(), w -> w.disconnect("posts", 2L));

		assertThat(
				db.jdbc().queryForList("SELECT title FROM posts WHERE user_id = ? ORDER BY id", String.class, ada.id()))
			.containsExactly("draft 1", "Notes", "Sketches");
		assertThat(db.jdbc().queryForObject("SELECT bio FROM profiles WHERE user_id = ?", String.class, ada.id()))
			.isEqualTo("Mathematician");
	}

	@DatabaseTest
	void manyToManyOperations(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// pivot rows for 1 and 2; the new tag is inserted, then its pivot row
		User ada = users.insert(new User(null, "Ada", null, null, null, null, null),
				w -> w.connect("tags", List.of(1L, 2L)).create("tags", new Tag(null, "analysis")));
		// the pair (Ada, 2) exists and is left alone; (Ada, 3) is inserted, (Ada, 1)
		// deleted
		users.update(ada.id(), w -> w.connect("tags", 2L, 3L).disconnect("tags", 1L));
		long analysis = db.jdbc().queryForObject("SELECT id FROM tags WHERE name = 'analysis'", Long.class);

		assertThat(tagIds(db, ada.id())).containsExactly(2L, 3L, analysis);
	}

	@DatabaseTest
	void misuseFailsBeforeAnySql(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User bob = new User(null, "Bob", null, null, null, null, null);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.insert(bob, w -> w.connect("role", 1L, 2L)))
			.withMessage("connect(\"role\", ...) on User got 2 ids, but a belongsTo points at one row; pass one id");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.insert(bob, w -> w.create("profile", new Profile(null, 7L, "x"))))
			.withMessage("create(\"profile\", ...): leave Profile.userId null; Relata sets it to the key of the User");
		assertThatExceptionOfType(UnknownRelationException.class)
			.isThrownBy(() -> users.insert(bob, w -> w.connect("post", 1L)))
			.withMessage("User has no relation 'post'; it has: posts, profile, role, tags");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class)).isZero();
	}

	@DatabaseTest
	void connectOfAnUnknownKeyWritesNothing(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> users.insert(new User(null, "Eve", null, null, null, null, null), w -> w.connect("posts", 42L)))
			.withMessageContaining("connect(\"posts\")");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class)).isZero();
	}

	// --- docs: "Pivot operations" ---

	@DatabaseTest
	void managesPivotRows(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User user = users.insert(new User(null, "Ada", null, null, null, null, null));
		Related<Tag> tags = users.related(user, "tags", Tag.class);
		int first = tags.attach(1L);
		int again = tags.attach(1L);
		int added = tags.attach(List.of(1L, 2L), Map.of("addedBy", "import"));
		SyncResult r = tags.sync(List.of(2, 3));
		SyncResult t = tags.toggle(List.of(1L, 2L));
		int detached = tags.detach(List.of(1L, 4L));
		int none = tags.detach(List.of());
		int rest = tags.detachAll();

		assertThat(List.of(first, again, added, detached, none, rest)).containsExactly(1, 0, 1, 1, 0, 1);
		assertThat(r.attached()).containsExactly(3L);
		assertThat(r.detached()).containsExactly(1L);
		assertThat(t.attached()).containsExactly(1L);
		assertThat(t.detached()).containsExactly(2L);
		assertThat(tagIds(db, user.id())).isEmpty();
	}

	@DatabaseTest
	void pivotExtrasAreWrittenOnInsertedRowsOnly(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User user = users.insert(new User(null, "Ada", null, null, null, null, null));
		Related<Tag> tags = users.related(user, "tags", Tag.class);
		tags.attach(1L);
		tags.sync(List.of(1L, 2L), Map.of("addedBy", "sync"));

		assertThat(db.jdbc()
			.queryForList("SELECT added_by FROM user_tags WHERE user_id = ? ORDER BY tag_id", String.class, user.id()))
			.containsExactly(null, "sync");
	}

	@DatabaseTest
	void concurrentSyncsOnOneOwnerSerialize(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User user = users.insert(new User(null, "Ada", null, null, null, null, null));
		Related<Tag> tags = users.related(user, "tags", Tag.class);
		for (int round = 0; round < 10; round++) {
			CompletableFuture<SyncResult> a = CompletableFuture.supplyAsync(() -> tags.sync(List.of(1L, 2L)));
			CompletableFuture<SyncResult> b = CompletableFuture.supplyAsync(() -> tags.sync(List.of(3L, 4L)));
			a.join();
			b.join();
			assertThat(tagIds(db, user.id())).isIn(List.of(1L, 2L), List.of(3L, 4L));
		}
	}

	@DatabaseTest
	void pivotOperationsRefuseOtherKindsAndMissingOwners(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User ghost = new User(404L, "Ghost", null, null, null, null, null);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.related(ghost, "posts", Post.class).attach(1L))
			.withMessageContaining("connect");
		assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
			.isThrownBy(() -> users.related(ghost, "tags", Tag.class).sync(List.of(1L)));
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM user_tags", Long.class)).isZero();
	}

	@DatabaseTest
	void attachInsertsWithOnConflictOrAGuardedInsertNeverInsertIgnore(TestDatabase db) {
		List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
		OrmRepository<User> plain = users(db);
		User user = plain.insert(new User(null, "Ada", null, null, null, null, null));
		OrmRepository<User> users = Orm.builder(db.dataSource(), schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				statements.add(statement);
			}
		}).build().repository(User.class);
		users.related(user, "tags", Tag.class).attach(List.of(1L, 2L, 3L));
		List<ExecutedStatement> inserts = statements.stream().filter((s) -> s.sql().startsWith("INSERT")).toList();
		assertThat(inserts).allSatisfy((s) -> assertThat(s.sql()).doesNotContainIgnoringCase("IGNORE"));
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(inserts).singleElement().satisfies((s) -> {
				assertThat(s.sql()).contains("ON CONFLICT DO NOTHING");
				assertThat(s.batchSize()).isEqualTo(3);
			});
		}
		else if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(inserts).hasSize(3).allSatisfy((s) -> assertThat(s.sql()).contains("NOT EXISTS"));
		}
		else {
			assertThat(inserts).singleElement().satisfies((s) -> {
				assertThat(s.sql()).contains("NOT EXISTS");
				assertThat(s.batchSize()).isEqualTo(3);
			});
		}
		assertThat(tagIds(db, user.id())).containsExactly(1L, 2L, 3L);
	}

	// --- docs: "Concurrency and retries" ---

	@Configuration
	@EnableResilientMethods
	static class RetryConfiguration {

		@Bean
		TagService tagService(OrmRepository<User> users) {
			return new TagService(users);
		}

	}

	@DatabaseTest
	void retriesTransientFailuresWithRetryable(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User user = users.insert(new User(null, "Ada", null, null, null, null, null));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean("users", OrmRepository.class, () -> users);
			context.register(RetryConfiguration.class);
			context.refresh();
			TagService service = context.getBean(TagService.class);
			assertThat(AopUtils.isAopProxy(service)).isTrue();
			SyncResult result = service.retag(user, List.of(2L, 3L));
			assertThat(result.attached()).containsExactly(2L, 3L);
			assertThat(tagIds(db, user.id())).containsExactly(2L, 3L);
		}
	}

	// docs: "Concurrency and retries"
	public static class TagService {

		private final OrmRepository<User> users;

		public TagService(OrmRepository<User> users) {
			this.users = users;
		}

		@Retryable(includes = TransientDataAccessException.class, maxRetries = 3, delay = 50, jitter = 10)
		public SyncResult retag(User user, List<Long> tagIds) {
			return this.users.related(user, "tags", Tag.class).sync(tagIds);
		}

	}

}
