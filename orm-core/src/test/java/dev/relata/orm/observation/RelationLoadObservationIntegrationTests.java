package dev.relata.orm.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for the {@code orm.relation.load} observation of every relation load
 * and its metrics: the timer and the {@code orm.relation.batch.size} summary.
 */
class RelationLoadObservationIntegrationTests {

	@Table("ro_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role,
			@Nullable List<Tag> tags) {
	}

	@Table("ro_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("ro_posts")
	record Post(@Id Long id, String title, Long userId, @Nullable List<Comment> comments) {
	}

	@Table("ro_comments")
	record Comment(@Id Long id, String body, Long postId) {
	}

	@Table("ro_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("ro_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	private final List<RelationLoadObservationContext> stopped = new CopyOnWriteArrayList<>();

	private OrmRepository<User> users(TestDatabase db, ObservationRegistry registry, int maxBatchKeys) {
		db.recreate("ro_user_tags",
				"CREATE TABLE ro_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))");
		db.recreate("ro_comments",
				"CREATE TABLE ro_comments (id BIGINT PRIMARY KEY, body VARCHAR(50) NOT NULL, post_id BIGINT NOT NULL)");
		db.recreate("ro_posts",
				"CREATE TABLE ro_posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, user_id BIGINT NOT NULL)");
		db.recreate("ro_users",
				"CREATE TABLE ro_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("ro_roles", "CREATE TABLE ro_roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("ro_tags", "CREATE TABLE ro_tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO ro_roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO ro_users VALUES (1, 'Ada', 1), (2, 'Grace', 2), (3, 'Alan', 2), (4, 'Edsger', NULL), "
						+ "(5, 'Barbara', 1)",
				"INSERT INTO ro_posts VALUES (1, 'a1', 1), (2, 'a2', 1), (3, 'g1', 2), (4, 'b1', 5)",
				"INSERT INTO ro_comments VALUES (1, 'nice', 1), (2, 'more', 1), (3, 'ok', 3)",
				"INSERT INTO ro_tags VALUES (1, 'java'), (2, 'sql')",
				"INSERT INTO ro_user_tags VALUES (1, 1), (1, 2), (2, 2)");
		OrmSchema schema = schema();
		registry.observationConfig().observationHandler(new ObservationHandler<RelationLoadObservationContext>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof RelationLoadObservationContext;
			}

			@Override
			public void onStop(RelationLoadObservationContext context) {
				RelationLoadObservationIntegrationTests.this.stopped.add(context);
			}
		});
		return Orm.builder(db.dataSource(), schema)
			.observationRegistry(registry)
			.settings((s) -> s.maxBatchKeys(maxBatchKeys))
			.build()
			.repository(User.class);
	}

	private static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Post.class, Comment.class, Tag.class, UserTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class, (r) -> r.hasMany("comments", Comment.class, Comment::postId)))
			.build();
	}

	private static void assertLoad(TestObservationRegistry registry, String model, String relation, String kind,
			String strategy, String requested, String reason) {
		TestObservationRegistryAssert.assertThat(registry)
			.hasAnObservation((observation) -> observation.hasNameEqualTo("orm.relation.load")
				.hasLowCardinalityKeyValue("orm.model", model)
				.hasLowCardinalityKeyValue("orm.relation", relation)
				.hasLowCardinalityKeyValue("orm.relation.kind", kind)
				.hasLowCardinalityKeyValue("orm.strategy", strategy)
				.hasLowCardinalityKeyValue("orm.strategy.requested", requested)
				.hasLowCardinalityKeyValue("orm.strategy.reason", reason)
				.doesNotHaveError());
	}

	@DatabaseTest
	void singleParentJoinIsOneRelationLoadInsideOneStatement(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OrmRepository<User> users = users(db, registry, 1000);
		User ada = users.query().whereKey(1L).load("posts").one().orElseThrow();
		assertThat(ada.posts()).extracting(Post::title).containsExactly("a1", "a2");
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.relation.load", 1)
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 1);
		assertLoad(registry, "User", "posts", "hasMany", "join", "auto", "single-parent");
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getBatchSizes()).isEmpty();
			assertThat(context.getLoad())
				.isEqualTo(new RelationLoad("User", "posts", "hasMany", "join", "auto", "single-parent"));
		});
	}

	@DatabaseTest
	void unboundedParentsAreBatchedWithTheNumberOfKeysOnTheContext(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OrmRepository<User> users = users(db, registry, 1000);
		List<User> loaded = users.query().orderBy("id").load("posts").many();
		assertThat(loaded).extracting((u) -> u.posts().size()).containsExactly(2, 1, 0, 0, 1);
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.relation.load", 1)
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 2)
			.forAllObservationsWithNameEqualTo("orm.query",
					(observation) -> observation.hasLowCardinalityKeyValue("orm.operation", "select"));
		TestObservationRegistryAssert.assertThat(registry)
			.hasAnObservationWithAKeyValue("orm.model", "Post")
			.hasAnObservationWithAKeyValue("orm.model", "User");
		assertLoad(registry, "User", "posts", "hasMany", "batched", "auto", "unbounded-parent-set");
		assertThat(this.stopped).singleElement()
			.satisfies((context) -> assertThat(context.getBatchSizes()).containsExactly(5));
	}

	@DatabaseTest
	void explicitStrategiesCartesianGuardAndNestedLevelsAreEachAnObservation(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OrmRepository<User> users = users(db, registry, 1000);
		User ada = users.query()
			.whereKey(1L)
			.load("role", LoadOptions.batched())
			.load("posts.comments")
			.load("tags")
			.one()
			.orElseThrow();
		assertThat(ada.role().name()).isEqualTo("admin");
		assertThat(ada.posts()).extracting((p) -> p.comments().size()).containsExactly(2, 0);
		assertThat(ada.tags()).extracting(Tag::name).containsExactly("java", "sql");
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.relation.load", 4);
		assertLoad(registry, "User", "role", "belongsTo", "batched", "batched", "explicit");
		assertLoad(registry, "User", "posts", "hasMany", "join", "auto", "single-parent");
		assertLoad(registry, "Post", "comments", "hasMany", "batched", "auto", "unbounded-parent-set");
		assertLoad(registry, "User", "tags", "manyToMany", "batched", "auto", "cartesian-guard");
		// root with posts joined, then role, comments and tags batched
		TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("orm.query", 4);
		assertThat(this.stopped).filteredOn((c) -> c.getLoad().relation().equals("comments"))
			.singleElement()
			.satisfies((context) -> assertThat(context.getBatchSizes()).containsExactly(2));
		assertThat(this.stopped).filteredOn((c) -> c.getLoad().relation().equals("role"))
			.singleElement()
			.satisfies((context) -> assertThat(context.getBatchSizes()).containsExactly(1));
	}

	@DatabaseTest
	void failedBatchedLoadRecordsTheError(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OrmRepository<User> users = users(db, registry, 1000);
		db.execute("DROP TABLE ro_posts");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> users.query().load("posts", LoadOptions.batched()).many());
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.relation.load", 1)
			.hasAnObservation((observation) -> observation.hasNameEqualTo("orm.relation.load")
				.hasLowCardinalityKeyValue("orm.relation", "posts")
				.hasLowCardinalityKeyValue("orm.strategy", "batched")
				.assertThatError()
				.isInstanceOf(DataAccessException.class))
			.hasAnObservation((observation) -> observation.hasNameEqualTo("orm.query")
				.hasLowCardinalityKeyValue("orm.model", "Post")
				.assertThatError()
				.isInstanceOf(DataAccessException.class));
		assertThat(this.stopped).singleElement()
			.satisfies((context) -> assertThat(context.getBatchSizes()).containsExactly(5));
	}

	@DatabaseTest
	void metricsHaveATimerPerRelationLoadAndABatchSizeSummary(TestDatabase db) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new RelationBatchSizeMetricsHandler(meters));
		OrmRepository<User> users = users(db, registry, 2);
		List<User> loaded = users.query().orderBy("id").load("posts", LoadOptions.batched()).many();
		assertThat(loaded).extracting((u) -> u.posts().size()).containsExactly(2, 1, 0, 0, 1);
		Timer timer = meters.get("orm.relation.load")
			.tags("orm.model", "User", "orm.relation", "posts", "orm.relation.kind", "hasMany", "orm.strategy",
					"batched", "orm.strategy.requested", "batched", "orm.strategy.reason", "explicit")
			.timer();
		assertThat(timer.count()).isOne();
		DistributionSummary summary = meters.get(RelationBatchSizeMetricsHandler.NAME)
			.tags("orm.model", "User", "orm.relation", "posts", "orm.relation.kind", "hasMany", "orm.strategy.reason",
					"explicit")
			.summary();
		// maxBatchKeys bounds an IN list; every database here sends BIGINT keys as one
		// parameter (an array, MariaDB's JSON text), in chunks of 50,000
		List<Integer> batches = List.of(5);
		assertThat(this.stopped).singleElement()
			.satisfies((context) -> assertThat(context.getBatchSizes()).isEqualTo(batches));
		assertThat(summary.count()).isEqualTo(batches.size());
		assertThat(summary.totalAmount()).isEqualTo(5.0);
		assertThat(summary.max()).isEqualTo(5.0);
		assertThat(meters.get("orm.query").tags("orm.model", "Post").timer().count()).isEqualTo(batches.size());
		assertThat(meters.get("orm.query").tags("orm.model", "User").timer().count()).isOne();
	}

	@DatabaseTest
	void customConventionsNameAndTagTheObservations(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		users(db, registry, 1000);
		Orm orm = Orm.builder(db.dataSource(), schema())
			.observationRegistry(registry)
			.queryObservationConvention(new DefaultQueryObservationConvention() {
				@Override
				public String getName() {
					return "blog.sql";
				}
			})
			.relationLoadObservationConvention(new DefaultRelationLoadObservationConvention() {
				@Override
				public KeyValues getLowCardinalityKeyValues(RelationLoadObservationContext context) {
					return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
				}
			})
			.build();
		User ada = orm.repository(User.class).query().whereKey(1L).load("posts").one().orElseThrow();
		assertThat(ada.posts()).hasSize(2);
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("blog.sql", 1)
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 0)
			.hasAnObservation((observation) -> observation.hasNameEqualTo("orm.relation.load")
				.hasLowCardinalityKeyValue("orm.relation", "posts")
				.hasLowCardinalityKeyValue("tenant", "acme"));
	}

}
