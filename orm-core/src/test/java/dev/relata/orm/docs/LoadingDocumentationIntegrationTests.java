package dev.relata.orm.docs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.observation.RelationBatchSizeMetricsHandler;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Aggregate;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/loading.md}, run on every database.
 */
class LoadingDocumentationIntegrationTests {

	@Table("users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role,
			@Nullable List<Tag> tags, @Nullable Long postsCount, @Aggregate @Nullable Long publishedCount,
			@Aggregate @Nullable Long latestPostId) {
	}

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("posts")
	record Post(@Id Long id, String title, Boolean published, Long userId, @Nullable User user,
			@Nullable List<Tag> tags) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private static OrmSchema schema(TestDatabase db) {
		db.recreate("post_tags",
				"CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))");
		db.recreate("user_tags",
				"CREATE TABLE user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))");
		db.recreate("posts", "CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, published "
				+ db.booleanType() + " NOT NULL, user_id BIGINT NOT NULL)");
		db.recreate("users", "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("roles", "CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("tags", "CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO users VALUES (1, 'Ada', 1), (2, 'Grace', 2), (3, 'Alan', NULL)",
				"INSERT INTO posts VALUES (1, 'Notes', TRUE, 1), (2, 'Engines', TRUE, 1), (3, 'Draft', FALSE, 1), "
						+ "(4, 'Cobol', TRUE, 2)",
				"INSERT INTO tags VALUES (1, 'java'), (2, 'sql'), (3, 'math')",
				"INSERT INTO post_tags VALUES (1, 1), (1, 2), (2, 3), (4, 2)",
				"INSERT INTO user_tags VALUES (1, 3), (2, 2)");
		// docs: defining relations (see relations.md)
		return OrmSchema.builder()
			.models(User.class, Role.class, Post.class, Tag.class, PostTag.class, UserTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.belongsTo("user", User.class, Post::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
	}

	private OrmRepository<User> users(TestDatabase db) {
		return Orm.builder(db.dataSource(), schema(db)).statementListener(listener()).build().repository(User.class);
	}

	private StatementListener listener() {
		return new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				LoadingDocumentationIntegrationTests.this.statements.add(statement);
			}
		};
	}

	private static List<String> titles(User user) {
		return user.posts().stream().map(Post::title).toList();
	}

	@DatabaseTest
	void loadFormsNameRelationsByPath(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// doc snippet start
		List<User> withPosts = users.query().orderBy("id").load("posts").many();
		List<User> withTags = users.query().orderBy("id").load("posts.tags").load("role").many();
		List<User> published = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.where("published", true).orderBy("title"))
			.many();
		List<User> typed = users.query()
			.orderBy("id")
			.load("posts", Post.class, (q) -> q.where(Post::published).is(true))
			.many();
		List<User> joined = users.query().orderBy("id").load("posts", LoadOptions.join()).many();
		// doc snippet end
		assertThat(withPosts).extracting(LoadingDocumentationIntegrationTests::titles)
			.containsExactly(List.of("Notes", "Engines", "Draft"), List.of("Cobol"), List.of());
		assertThat(withTags.get(0).posts().get(0).tags()).extracting(Tag::name).containsExactly("java", "sql");
		assertThat(withTags.get(0).role().name()).isEqualTo("admin");
		assertThat(withTags.get(2).role()).isNull();
		assertThat(withTags.get(0).tags()).as("not loaded").isNull();
		assertThat(published.get(0)).extracting(LoadingDocumentationIntegrationTests::titles)
			.isEqualTo(List.of("Engines", "Notes"));
		assertThat(typed.get(0)).extracting(LoadingDocumentationIntegrationTests::titles)
			.isEqualTo(List.of("Notes", "Engines"));
		assertThat(joined).extracting(LoadingDocumentationIntegrationTests::titles)
			.containsExactly(List.of("Notes", "Engines", "Draft"), List.of("Cobol"), List.of());
	}

	@DatabaseTest
	void relationQueriesFilterOrderPageNestAndAggregate(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// doc snippet start
		List<User> latest = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.select("title").orderBy("id", Direction.DESC).limit(2).load("tags"))
			.withCount("posts")
			.withCount("posts", (q) -> q.where("published", true), "publishedCount")
			.withMax("posts", "id", "latestPostId")
			.many();
		// doc snippet end
		assertThat(latest).extracting(LoadingDocumentationIntegrationTests::titles)
			.containsExactly(List.of("Draft", "Engines"), List.of("Cobol"), List.of());
		assertThat(latest.get(0).posts().get(1).tags()).extracting(Tag::name).containsExactly("math");
		assertThat(latest).extracting(User::postsCount).containsExactly(3L, 1L, 0L);
		assertThat(latest).extracting(User::publishedCount).containsExactly(2L, 1L, 0L);
		assertThat(latest).extracting(User::latestPostId).containsExactly(3L, 4L, null);
		assertThat(db.jdbc()
			.queryForList("SELECT COUNT(*) FROM posts WHERE published = ? GROUP BY user_id ORDER BY user_id",
					Long.class, true))
			.containsExactly(2L, 1L);
	}

	@DatabaseTest
	void perParentLimitsPageEachParentInSql(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// doc snippet start
		QueryPlan latestPosts = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(3))
			.explain();
		QueryPlan firstTags = users.query().orderBy("id").load("tags", (q) -> q.orderBy("name").limit(3)).explain();
		System.out.println(latestPosts.relation("posts"));
		System.out.println(firstTags.relation("tags"));
		// doc snippet end
		assertThat(users.query().orderBy("id").load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(3)).many())
			.extracting(LoadingDocumentationIntegrationTests::titles)
			.containsExactly(List.of("Draft", "Engines", "Notes"), List.of("Cobol"), List.of());
		assertThat(users.query().orderBy("id").load("tags", (q) -> q.orderBy("name").limit(3)).many())
			.extracting((user) -> user.tags().stream().map(Tag::name).toList())
			.containsExactly(List.of("math"), List.of("sql"), List.of());
		QueryPlan.RelationStep posts = latestPosts.relation("posts");
		QueryPlan.RelationStep tags = firstTags.relation("tags");
		assertThat(posts.reason()).isEqualTo(
				(db.kind() == DatabaseKind.H2) ? LoadReason.PER_PARENT_STATEMENTS : LoadReason.TO_MANY_WITH_LIMIT);
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(posts.sql()).isEqualTo("SELECT t1.\"id\", t1.\"title\", t1.\"published\", t1.\"user_id\" "
					+ "FROM unnest(?) AS t1k(\"relata_parent_key\") CROSS JOIN LATERAL (SELECT t1i.\"id\", "
					+ "t1i.\"title\", t1i.\"published\", t1i.\"user_id\" FROM \"posts\" t1i "
					+ "WHERE t1i.\"user_id\" = t1k.\"relata_parent_key\" ORDER BY t1i.\"id\" DESC LIMIT ?) t1 "
					+ "ORDER BY t1.\"user_id\" ASC, t1.\"id\" DESC");
			assertThat(posts.chunking())
				.endsWith("per-parent limit through LATERAL (each parent's rows up to the limit)");
			assertThat(tags.sql()).isEqualTo("SELECT t1.\"relata_parent\", t1.\"id\", t1.\"name\" "
					+ "FROM unnest(?) AS t1k(\"relata_parent_key\") CROSS JOIN LATERAL (SELECT t1ij.\"user_id\" "
					+ "AS \"relata_parent\", t1i.\"id\", t1i.\"name\" FROM \"tags\" t1i INNER JOIN \"user_tags\" t1ij "
					+ "ON t1ij.\"tag_id\" = t1i.\"id\" WHERE t1ij.\"user_id\" = t1k.\"relata_parent_key\" "
					+ "ORDER BY t1i.\"name\" ASC NULLS FIRST, t1i.\"id\" ASC LIMIT ?) t1 "
					+ "ORDER BY t1.\"relata_parent\" ASC, t1.\"name\" ASC NULLS FIRST, t1.\"id\" ASC");
		}
		else if (db.kind() == DatabaseKind.H2) {
			// one statement per user, the page cut inside it
			assertThat(posts.sql()).contains("WHERE t1i.\"USER_ID\" = ? ORDER BY t1i.\"ID\" DESC LIMIT ?) t1 ")
				.doesNotContain("ROW_NUMBER()");
			assertThat(posts.chunking()).startsWith("one statement per parent key");
			assertThat(tags.sql()).contains("WHERE t1ij.\"USER_ID\" = ? ORDER BY t1i.\"NAME\" ASC NULLS FIRST, "
					+ "t1i.\"ID\" ASC LIMIT ?) t1 ");
		}
		else {
			String keys = " IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' "
					+ "COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k)";
			// ordered by the key alone: each user's third-latest post key as a bound
			assertThat(posts.sql()).contains("ORDER BY t1l.`id` DESC LIMIT ? OFFSET ?) AS `relata_last`")
				.doesNotContain("ROW_NUMBER()");
			assertThat(posts.chunking()).endsWith("per-parent limit through key bounds (each parent's last key on "
					+ "the page, then its rows from there)");
			assertThat(tags.sql()).contains("ROW_NUMBER() OVER (PARTITION BY").contains(keys);
		}
	}

	@DatabaseTest
	void explainShowsStrategiesReasonsAndSql(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// doc snippet start
		QueryPlan plan = users.query().where("name", "Ada").load("posts.tags").load("role").explain();
		System.out.println(plan);
		QueryPlan.RelationStep posts = plan.relation("posts");
		// doc snippet end
		assertThat(posts.strategy()).isEqualTo(LoadStrategy.BATCHED);
		assertThat(posts.reason()).isEqualTo(LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(plan.relation("posts.tags").reason()).isEqualTo(LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(plan.relation("role").strategy()).isEqualTo(LoadStrategy.BATCHED);
		assertThat(plan.statements()).isEqualTo(4);
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(posts.sql()).contains(" IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, ");
		}
		else {
			assertThat(posts.sql()).contains("= ANY(?)");
		}
		QueryPlan one = users.query().whereKey(1L).load("posts").load("tags").explain();
		System.out.println(one);
		assertThat(one.relation("posts").reason()).isEqualTo(LoadReason.SINGLE_PARENT);
		assertThat(one.relation("tags").reason()).isEqualTo(LoadReason.CARTESIAN_GUARD);
		QueryPlan paged = users.query().orderBy("id").limit(5).load("posts", (q) -> q.limit(2)).load("role").explain();
		System.out.println(paged);
		assertThat(paged.relation("posts").reason()).isEqualTo(
				(db.kind() == DatabaseKind.H2) ? LoadReason.PER_PARENT_STATEMENTS : LoadReason.TO_MANY_WITH_LIMIT);
		assertThat(paged.relation("role").reason()).isEqualTo(LoadReason.SMALL_PARENT_SET);
		assertThat(users.query().orderBy("id").limit(10).load("tags").explain().relation("tags").reason())
			.isEqualTo(LoadReason.SMALL_MANY_TO_MANY);
		assertThat(users.query().orderBy("id").limit(10).load("role").explain().relation("role").reason())
			.isEqualTo(LoadReason.LARGE_PARENT_SET);
		assertThat(users.query()
			.whereIn("id", List.of(1L, 2L))
			.orWhere("name", "Alan")
			.load("role")
			.explain()
			.relation("role")
			.reason()).isEqualTo(LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(users.query().whereKey(1L).lock().load("role").explain().relation("role").reason())
			.isEqualTo(LoadReason.LOCKED_PARENTS);
	}

	@DatabaseTest
	void explicitStrategiesAreObeyedOrRefused(TestDatabase db) {
		OrmRepository<User> users = users(db);
		// doc snippet start
		List<User> all = users.query().orderBy("id").load("posts", LoadOptions.join()).many();
		// a second relation that repeats rows cannot be joined beside the first in one
		// statement
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().load("posts", LoadOptions.join()).load("tags", LoadOptions.join()).many())
			.withMessageContaining("LoadOptions.batched()");
		// doc snippet end
		assertThat(all).extracting(LoadingDocumentationIntegrationTests::titles)
			.containsExactly(List.of("Notes", "Engines", "Draft"), List.of("Cobol"), List.of());
		this.statements.clear();
		List<User> twice = users.query()
			.orderBy("id")
			.load("posts", LoadOptions.join())
			.load("tags", LoadOptions.batched())
			.many();
		assertThat(this.statements).hasSize(2);
		assertThat(twice.get(0).tags()).extracting(Tag::name).containsExactly("math");
		// three distinct user keys: one array on PostgreSQL and H2, one JSON text on
		// MariaDB
		assertThat(this.statements.get(1).binds())
			.isEqualTo((db.kind() == DatabaseKind.MARIADB) ? List.of("[1,2,3]") : List.of(List.of(1L, 2L, 3L)));
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().whereKey(1L).lock().load("posts", LoadOptions.join()).many());
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> {
			try (Stream<User> stream = users.query().load("posts", LoadOptions.join()).stream()) {
				stream.toList();
			}
		});
	}

	@DatabaseTest
	void settingsConsistencyAndStreams(TestDatabase db) {
		// doc snippet start
		Orm orm = Orm.builder(db.dataSource(), schema(db))
			.settings((s) -> s.defaultStrategy(LoadStrategy.AUTO)
				.joinMaxParents(9)
				.manyToManyJoinMaxParents(10)
				.maxBatchKeys(1000)
				.consistency(LoadConsistency.SNAPSHOT))
			.build();
		OrmRepository<User> users = orm.repository(User.class);
		List<User> loaded = users.query().load("posts").many();
		try (Stream<User> stream = users.query().orderBy("id").load("posts").stream()) {
			stream.forEach((user) -> System.out.println(user.name() + " " + user.posts().size()));
		}
		// doc snippet end
		assertThat(loaded).hasSize(3);
		assertThat(users.query().load("posts").explain().consistency()).startsWith("snapshot: the statements run");
		assertThat(users.query().orderBy("id").load("posts").explain().relation("posts").reason())
			.isEqualTo(LoadReason.UNBOUNDED_PARENT_SET);
		try (Stream<User> stream = users.query().orderBy("id").load("posts").stream()) {
			assertThat(stream.map((u) -> u.posts().size())).containsExactly(3, 1, 0);
		}
		// a streamed single parent is still batched (streamed-parents), not joined
		OrmRepository<User> listened = Orm.builder(db.dataSource(), schema(db))
			.statementListener(listener())
			.build()
			.repository(User.class);
		try (Stream<User> stream = listened.query().whereKey(1L).load("posts").stream()) {
			assertThat(stream.map((u) -> u.posts().size())).containsExactly(3);
		}
		assertThat(this.statements).extracting(ExecutedStatement::model).containsExactly("User", "Post");
	}

	@DatabaseTest
	void metricsRecordLoadsAndBatchSizes(TestDatabase db) {
		// doc snippet start
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new RelationBatchSizeMetricsHandler(meters));
		Orm orm = Orm.builder(db.dataSource(), schema(db)).observationRegistry(observations).build();
		orm.repository(User.class).query().load("posts").many();
		// doc snippet end
		assertThat(meters.get("orm.relation.load").tag("orm.strategy.reason", "unbounded-parent-set").timer().count())
			.isOne();
		DistributionSummary summary = meters.get("orm.relation.batch.size").summary();
		assertThat(summary.count()).isOne();
		assertThat(summary.totalAmount()).isEqualTo(3.0);
	}

	/**
	 * The models of the README example.
	 */
	static final class Readme {

		@Table("users")
		record User(@Id Long id, String name, Integer age, Boolean active, @Nullable String note,
				@Nullable List<Post> posts) {
		}

		@Table("posts")
		record Post(@Id Long id, Long userId, String title) {
		}

	}

	@DatabaseTest
	void readmeExampleRuns(TestDatabase db) {
		db.recreate("posts",
				"CREATE TABLE posts (id " + db.identity() + ", user_id BIGINT NOT NULL, title VARCHAR(100) NOT NULL)");
		db.recreate("users", "CREATE TABLE users (id " + db.identity()
				+ ", name VARCHAR(100) NOT NULL, age INT, active BOOLEAN, note VARCHAR(200))");
		// README example start
		OrmSchema schema = OrmSchema.builder()
			.models(Readme.User.class, Readme.Post.class)
			.relations(RelationDefinitions.of(Readme.User.class,
					(r) -> r.hasMany("posts", Readme.Post.class, Readme.Post::userId)))
			.build();
		Orm orm = Orm.create(db.dataSource(), schema);
		OrmRepository<Readme.User> users = orm.repository(Readme.User.class);
		Readme.User saved = users.insert(new Readme.User(null, "Grace", 45, true, null, null));
		Optional<Readme.User> grace = users.findById(saved.id());
		List<Readme.User> adults = users.query()
			.where("age", ">=", 18)
			.where(Readme.User::active)
			.is(true)
			.orderBy("name")
			.limit(10)
			.many();
		orm.repository(Readme.Post.class).insert(new Readme.Post(null, saved.id(), "Cobol"));
		List<Readme.User> withPosts = users.query().where("active", true).load("posts").many();
		int archived = users.query().where("active", false).update((s) -> s.set("note", "archived"));
		// README example end
		assertThat(grace).contains(saved);
		assertThat(adults).containsExactly(saved);
		assertThat(withPosts).singleElement()
			.satisfies((user) -> assertThat(user.posts()).extracting(Readme.Post::title).containsExactly("Cobol"));
		assertThat(archived).isZero();
	}

}
