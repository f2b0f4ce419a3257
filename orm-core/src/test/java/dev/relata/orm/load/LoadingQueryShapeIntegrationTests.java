package dev.relata.orm.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan;
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
 * The shape of loading queries: composite-key join tables, a limited root with a joined
 * to-many, two to-many relations at once and narrowed selections, each checked against
 * hand-written SQL.
 */
class LoadingQueryShapeIntegrationTests {

	private static final List<LoadOptions> STRATEGIES = List.of(LoadOptions.join(), LoadOptions.batched(),
			LoadOptions.defaults());

	@Table("qs_users")
	record User(@Id Long id, String name, @Nullable Integer age, @Nullable List<Post> posts, @Nullable List<Tag> tags) {
	}

	@Table("qs_posts")
	record Post(@Id Long id, Long userId, String title, @Nullable Integer score, @Nullable User user) {
	}

	@Table("qs_tags")
	record Tag(@Id Long id, String name, @Nullable List<User> users) {
	}

	@Table("qs_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	private final StatementLog log = new StatementLog();

	private Orm orm(TestDatabase db) {
		db.recreate("qs_user_tags", "CREATE TABLE qs_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
				+ "PRIMARY KEY (user_id, tag_id))");
		db.recreate("qs_posts", "CREATE TABLE qs_posts (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, "
				+ "title VARCHAR(50) NOT NULL, score INTEGER)");
		db.recreate("qs_users",
				"CREATE TABLE qs_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, age INTEGER)");
		db.recreate("qs_tags", "CREATE TABLE qs_tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute(
				"INSERT INTO qs_users VALUES (1, 'Ada', 36), (2, 'Grace', 85), (3, 'Alan', 41), (4, 'Edsger', 72), "
						+ "(5, 'Barbara', 80)",
				"INSERT INTO qs_posts VALUES (1, 1, 'a1', 1), (2, 1, 'a2', 2), (3, 2, 'g1', 3), (4, 2, 'g2', 4), "
						+ "(5, 2, 'g3', 5), (6, 3, 'l1', 6), (7, 5, 'b1', 7), (8, 5, 'b2', 8), (9, 5, 'b3', 9)",
				"INSERT INTO qs_tags VALUES (1, 'java'), (2, 'sql'), (3, 'math'), (4, 'unused')",
				"INSERT INTO qs_user_tags VALUES (1, 1), (1, 3), (2, 1), (2, 2), (3, 3), (5, 1), (5, 2), (5, 3)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class, Tag.class, UserTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId)),
					RelationDefinitions.of(Tag.class,
							(r) -> r.manyToMany("users", User.class,
									(m) -> m.through(UserTag.class).from(UserTag::tagId).to(UserTag::userId))))
			.build();
		return Orm.builder(db.dataSource(), schema).statementListener(this.log).build();
	}

	@DatabaseTest
	void manyToManyThroughACompositeKeyJoinModelLoadsBothDirections(TestDatabase db) {
		Orm orm = orm(db);
		Map<Long, List<Long>> tagsByUser = grouped(db, "SELECT u.id, ut.tag_id FROM qs_users u "
				+ "LEFT JOIN qs_user_tags ut ON ut.user_id = u.id ORDER BY u.id, ut.tag_id");
		Map<Long, List<Long>> usersByTag = grouped(db, "SELECT t.id, ut.user_id FROM qs_tags t "
				+ "LEFT JOIN qs_user_tags ut ON ut.tag_id = t.id ORDER BY t.id, ut.user_id");
		for (LoadOptions options : STRATEGIES) {
			List<User> users = orm.repository(User.class).query().orderBy("id").load("tags", options).many();
			Map<Long, List<Long>> actual = new LinkedHashMap<>();
			users.forEach((u) -> actual.put(u.id(), u.tags().stream().map(Tag::id).toList()));
			assertThat(actual).as(options.toString()).containsExactlyEntriesOf(tagsByUser);
			assertThat(users.get(0).tags().get(0)).as("one Tag instance per key").isSameAs(users.get(1).tags().get(0));
			List<Tag> tags = orm.repository(Tag.class).query().orderBy("id").load("users", options).many();
			Map<Long, List<Long>> inverse = new LinkedHashMap<>();
			tags.forEach((t) -> inverse.put(t.id(), t.users().stream().map(User::id).toList()));
			assertThat(inverse).as(options.toString()).containsExactlyEntriesOf(usersByTag);
		}
	}

	@DatabaseTest
	void limitedRootWithAJoinedToManyGetsExactlyLimitParentsWithAllTheirChildren(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		List<Long> expectedUsers = db.jdbc()
			.queryForList("SELECT id FROM qs_users ORDER BY name LIMIT 2 OFFSET 1", Long.class);
		assertThat(expectedUsers).containsExactly(3L, 5L);
		this.log.clear();
		List<User> loaded = users.query().orderBy("name").offset(1).limit(2).load("posts", LoadOptions.join()).many();
		assertThat(this.log.count()).isEqualTo(1);
		String sql = this.log.get(0).sql();
		assertThat(sql.replaceAll("\\s+", " ")).as(sql).containsPattern("(?i)FROM \\(SELECT");
		assertThat(loaded).extracting(User::id).isEqualTo(expectedUsers);
		for (User user : loaded) {
			assertThat(user.posts()).extracting(Post::id)
				.isEqualTo(db.jdbc()
					.queryForList("SELECT id FROM qs_posts WHERE user_id = ? ORDER BY id", Long.class, user.id()));
		}
		List<User> barbara = users.query()
			.orderBy("id", dev.relata.orm.query.Direction.DESC)
			.limit(1)
			.load("posts", LoadOptions.join())
			.many();
		assertThat(barbara).singleElement()
			.satisfies((u) -> assertThat(u.posts()).extracting(Post::id).containsExactly(7L, 8L, 9L));
	}

	@DatabaseTest
	void twoToManyRelationsAtOnceJoinOneAndBatchTheOther(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		Map<Long, List<Long>> postsByUser = grouped(db,
				"SELECT u.id, p.id FROM qs_users u LEFT JOIN qs_posts p ON p.user_id = u.id ORDER BY u.id, p.id");
		Map<Long, List<Long>> tagsByUser = grouped(db, "SELECT u.id, ut.tag_id FROM qs_users u "
				+ "LEFT JOIN qs_user_tags ut ON ut.user_id = u.id ORDER BY u.id, ut.tag_id");
		QueryPlan plan = users.query().orderBy("id").limit(5).load("posts").load("tags").explain();
		assertThat(plan.relations()).extracting(QueryPlan.RelationStep::strategy)
			.as(plan.toString())
			.containsExactlyInAnyOrder(LoadStrategy.JOIN, LoadStrategy.BATCHED);
		assertThat(plan.relations()).filteredOn((step) -> step.strategy() == LoadStrategy.BATCHED)
			.singleElement()
			.extracting(QueryPlan.RelationStep::reason)
			.isEqualTo(LoadReason.CARTESIAN_GUARD);
		this.log.clear();
		List<User> loaded = users.query().orderBy("id").limit(5).load("posts").load("tags").many();
		assertThat(this.log.count()).as(this.log.sql().toString()).isEqualTo(2);
		assertThat(loaded).hasSize(5);
		for (User user : loaded) {
			assertThat(user.posts()).extracting(Post::id).isEqualTo(postsByUser.get(user.id()));
			assertThat(user.tags()).extracting(Tag::id).isEqualTo(tagsByUser.get(user.id()));
		}
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().load("posts", LoadOptions.join()).load("tags", LoadOptions.join()).many())
			.withMessageContaining("LoadOptions.batched()");
	}

	@DatabaseTest
	void narrowedSelectionsStillLoadBecauseTheKeysAreAdded(TestDatabase db) {
		Orm orm = orm(db);
		Map<Long, List<Long>> postsByUser = grouped(db,
				"SELECT u.id, p.id FROM qs_users u LEFT JOIN qs_posts p ON p.user_id = u.id ORDER BY u.id, p.id");
		for (LoadOptions options : STRATEGIES) {
			this.log.clear();
			List<User> users = orm.repository(User.class)
				.query()
				.select("name")
				.orderBy("id")
				.load("posts", (q) -> q.select("title"), options)
				.many();
			assertThat(users).extracting(User::name)
				.isEqualTo(db.jdbc().queryForList("SELECT name FROM qs_users ORDER BY id", String.class));
			assertThat(users).extracting(User::age).containsOnlyNulls();
			for (User user : users) {
				assertThat(user.posts()).as(options.toString())
					.extracting(Post::id)
					.isEqualTo(postsByUser.get(user.id()));
				assertThat(user.posts()).allSatisfy((p) -> {
					assertThat(p.title()).isNotNull();
					assertThat(p.userId()).isEqualTo(user.id());
					assertThat(p.score()).isNull();
				});
			}
			String relationSql = this.log.get(this.log.count() - 1).sql().toLowerCase();
			assertThat(relationSql).contains("user_id").containsPattern("\\.id\\b|\\bid\\b");
			assertThat(relationSql).doesNotContain("score");

			this.log.clear();
			List<Post> posts = orm.repository(Post.class)
				.query()
				.select("title")
				.orderBy("id")
				.load("user", (q) -> q.select("name"), options)
				.many();
			assertThat(this.log.get(0).sql().toLowerCase()).as("the root reads the foreign key").contains("user_id");
			assertThat(posts).extracting((p) -> p.user().name())
				.isEqualTo(db.jdbc()
					.queryForList("SELECT u.name FROM qs_posts p JOIN qs_users u ON u.id = p.user_id ORDER BY p.id",
							String.class));
			assertThat(posts).extracting(Post::score).containsOnlyNulls();
			assertThat(posts).extracting((p) -> p.user().age()).containsOnlyNulls();
		}
	}

	private static Map<Long, List<Long>> grouped(TestDatabase db, String sql) {
		Map<Long, List<Long>> grouped = new LinkedHashMap<>();
		db.jdbc().query(sql, (rs) -> {
			List<Long> values = grouped.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>());
			long value = rs.getLong(2);
			if (!rs.wasNull()) {
				values.add(value);
			}
		});
		return grouped;
	}

}
