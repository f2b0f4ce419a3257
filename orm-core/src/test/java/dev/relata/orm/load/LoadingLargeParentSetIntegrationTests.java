package dev.relata.orm.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batched loading of parent sets beyond the bind limit (an array on PostgreSQL and H2, a
 * JSON text on MariaDB, in chunks of 50,000 keys) and of streamed parents, one chunk of
 * 500 at a time.
 */
class LoadingLargeParentSetIntegrationTests {

	private static final int PARENTS = 70_000;

	private static final long POST_OFFSET = 1_000_000L;

	@Table("lp_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role) {
	}

	@Table("lp_posts")
	record Post(@Id Long id, Long userId, String title, @Nullable User user) {
	}

	@Table("lp_roles")
	record Role(@Id Long id, String name) {
	}

	private final StatementLog log = new StatementLog();

	private Orm orm(TestDatabase db, int users) {
		db.recreate("lp_posts",
				"CREATE TABLE lp_posts (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, title VARCHAR(20) NOT NULL)");
		db.execute("CREATE INDEX lp_posts_user_id ON lp_posts (user_id)");
		db.recreate("lp_users",
				"CREATE TABLE lp_users (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, role_id BIGINT)");
		db.recreate("lp_roles", "CREATE TABLE lp_roles (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)");
		db.execute("INSERT INTO lp_roles VALUES (0, 'r0'), (1, 'r1'), (2, 'r2')");
		db.execute(
				"INSERT INTO lp_users (id, name, role_id) SELECT n, CONCAT('u', n), MOD(n, 3) FROM "
						+ series(db, users),
				"INSERT INTO lp_posts (id, user_id, title) SELECT n + " + POST_OFFSET + ", n, CONCAT('p', n) FROM "
						+ series(db, users));
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class, Role.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)),
					RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId)))
			.build();
		return Orm.builder(db.dataSource(), schema)
			.statementListener(this.log)
			.settings((s) -> s.maxBatchKeys(1000))
			.build();
	}

	/**
	 * A derived table of one column {@code n} with the numbers 1 to {@code count}.
	 */
	private static String series(TestDatabase db, int count) {
		return switch (db.kind()) {
			case POSTGRESQL -> "generate_series(1, " + count + ") AS s(n)";
			case MARIADB -> "(SELECT seq AS n FROM seq_1_to_" + count + ") s";
			case H2 -> "(SELECT X AS n FROM SYSTEM_RANGE(1, " + count + ")) s";
		};
	}

	@DatabaseTest
	void batchedHasManyBeyondTheBindLimitGivesEveryParentItsChild(TestDatabase db) {
		OrmRepository<User> users = orm(db, PARENTS).repository(User.class);
		Map<Long, Long> expected = postByUser(db);
		this.log.clear();
		List<User> loaded = users.query().load("posts", LoadOptions.batched()).many();
		assertThat(loaded).hasSize(PARENTS);
		for (User user : loaded) {
			assertThat(user.posts()).hasSize(1);
			assertThat(user.posts().get(0).id()).isEqualTo(expected.get(user.id()));
			assertThat(user.posts().get(0).userId()).isEqualTo(user.id());
		}
		assertRelationStatements(db, "lp_posts");
	}

	@DatabaseTest
	void batchedBelongsToBeyondTheBindLimitGivesEveryChildItsParent(TestDatabase db) {
		OrmRepository<Post> posts = orm(db, PARENTS).repository(Post.class);
		Map<Long, Long> expected = new HashMap<>();
		postByUser(db).forEach((user, post) -> expected.put(post, user));
		this.log.clear();
		List<Post> loaded = posts.query().load("user", LoadOptions.batched()).many();
		assertThat(loaded).hasSize(PARENTS);
		for (Post post : loaded) {
			assertThat(post.user()).isNotNull();
			assertThat(post.user().id()).isEqualTo(expected.get(post.id()));
			assertThat(post.user().name()).isEqualTo("u" + post.userId());
		}
		assertRelationStatements(db, "lp_users");
	}

	@DatabaseTest
	void streamedParentsLoadTheirRelationsPerChunkOf500InsideATransaction(TestDatabase db) {
		OrmRepository<User> users = orm(db, 1200).repository(User.class);
		Map<Long, Long> expected = postByUser(db);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		this.log.clear();
		List<User> streamed = transaction.execute((status) -> {
			try (Stream<User> stream = users.query().orderBy("id").load("posts").load("role").stream()) {
				return stream.toList();
			}
		});
		assertThat(streamed).hasSize(1200);
		assertThat(streamed).extracting(User::id)
			.isEqualTo(db.jdbc().queryForList("SELECT id FROM lp_users ORDER BY id", Long.class));
		for (User user : streamed) {
			assertThat(user.posts()).extracting(Post::id).containsExactly(expected.get(user.id()));
			assertThat(user.role().id()).isEqualTo(user.roleId());
			assertThat(user.role().name()).isEqualTo("r" + user.roleId());
		}
		assertThat(this.log.count()).as(this.log.sql().toString()).isEqualTo(1 + 3 * 2);
		List<ExecutedStatement> relationStatements = this.log.statements().subList(1, this.log.count());
		assertThat(relationStatements).filteredOn((s) -> s.sql().toLowerCase().contains("lp_posts")).hasSize(3);
		assertThat(relationStatements).filteredOn((s) -> s.sql().toLowerCase().contains("lp_roles")).hasSize(3);
		assertThat(relationStatements.stream()
			.filter((s) -> s.sql().toLowerCase().contains("lp_posts"))
			.map((s) -> StatementLog.flatBinds(s).stream().distinct().count())
			.toList()).containsExactly(500L, 500L, 200L);
	}

	private void assertRelationStatements(TestDatabase db, String table) {
		List<ExecutedStatement> relation = this.log.statements().subList(1, this.log.count());
		assertThat(relation).allSatisfy((s) -> assertThat(s.sql().toLowerCase()).contains(table));
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(relation).as("chunks of 50,000 keys, each one JSON text").hasSize(2);
			assertThat(relation).allSatisfy((s) -> {
				assertThat(s.sql()).contains("JSON_TABLE(?, ");
				assertThat(s.binds()).singleElement().isInstanceOf(String.class);
			});
		}
		else {
			assertThat(relation).as("chunks of 50,000 keys, each one array bind").hasSize(2);
			assertThat(relation).allSatisfy((s) -> {
				assertThat(s.sql()).contains("ANY(?)");
				assertThat(s.binds()).singleElement().isInstanceOf(List.class);
			});
		}
		assertThat(relation.stream().flatMap((s) -> StatementLog.flatBinds(s).stream()).distinct().count())
			.isEqualTo(PARENTS);
	}

	private static Map<Long, Long> postByUser(TestDatabase db) {
		Map<Long, Long> expected = new HashMap<>();
		db.jdbc().query("SELECT u.id, p.id FROM lp_users u JOIN lp_posts p ON p.user_id = u.id", (rs) -> {
			expected.put(rs.getLong(1), rs.getLong(2));
		});
		return expected;
	}

}
