package dev.relata.sample.actuate;

import java.util.List;
import java.util.stream.LongStream;

import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import dev.relata.sample.seed.BlogSeed;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator endpoints the README points at, on each database: health with Relata's
 * contributor, the {@code orm} endpoint (schema, diagram, load counts) agreeing with the
 * metrics, and Flyway's three migrations with the seed data they wrote.
 */
class ActuatorIntegrationTests {

	private static final SampleApp.PerDatabase apps = new SampleApp.PerDatabase();

	@AfterAll
	static void stopApplications() {
		apps.close();
	}

	@DatabaseTest
	void healthIsUpWithTheDatabaseAndRelata(TestDatabase db) {
		apps.on(db)
			.client()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.orm.status")
			.isEqualTo("UP")
			.jsonPath("$.components.orm.details.models")
			.isEqualTo(8);
	}

	@DatabaseTest
	void theOrmEndpointShowsEveryModelAndTheErDiagram(TestDatabase db) {
		apps.on(db)
			.client()
			.get()
			.uri("/actuator/orm")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.models[*].name")
			.isEqualTo(List.of("Category", "Comment", "Post", "PostTag", "Profile", "Role", "Tag", "User"))
			.jsonPath("$.erDiagram")
			.value((String diagram) -> assertThat(diagram).startsWith("erDiagram\n")
				.contains("    User ||--o{ Post : \"user, posts\"")
				.contains("    Category ||--o{ Category : \"parent, children\"")
				.contains("    Post ||..o{ Comment : \"commentable, comments\""));
	}

	@DatabaseTest
	void loadsAreCountedByStrategyAndReasonInTheOrmEndpointAndTheMetrics(TestDatabase db) {
		SampleApp app = apps.on(db);
		for (int i = 0; i < 2; i++) {
			app.client().get().uri("/api/users?load=posts&strategy=batched&limit=30").exchange().expectStatus().isOk();
		}
		app.client()
			.get()
			.uri("/actuator/orm")
			.exchange()
			.expectBody()
			.jsonPath("$.loads[?(@.relation == 'posts' && @.requestedStrategy == 'batched')].count")
			.isEqualTo(List.of(2))
			.jsonPath("$.loads[?(@.relation == 'posts' && @.requestedStrategy == 'batched')].reason")
			.isEqualTo(List.of("explicit"));
		app.client()
			.get()
			.uri("/actuator/metrics/orm.relation.load?tag=orm.relation:posts&tag=orm.strategy.requested:batched")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
			.isEqualTo(List.of(2.0));
		String prometheus = app.client()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(prometheus).containsPattern("orm_relation_load_seconds_count\\{[^}]*orm_relation=\"posts\",[^}]*"
				+ "orm_strategy=\"batched\",orm_strategy_reason=\"explicit\",orm_strategy_requested=\"batched\"\\} 2");
	}

	@DatabaseTest
	void flywayRanTheThreeMigrationsThatCreateAndSeedTheBlog(TestDatabase db) {
		SampleApp app = apps.on(db);
		app.client()
			.get()
			.uri("/actuator/flyway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.contexts['relata-sample'].flywayBeans.flyway.migrations[*].description")
			.isEqualTo(List.of("create blog", "seed blog", "relata foreign keys"))
			.jsonPath("$.contexts['relata-sample'].flywayBeans.flyway.migrations[*].state")
			.isEqualTo(List.of("SUCCESS", "SUCCESS", "SUCCESS"));
		long posts = LongStream.rangeClosed(1, BlogSeed.USERS).map(BlogSeed::postsOf).sum();
		long postTags = LongStream.rangeClosed(1, posts).map((post) -> BlogSeed.tagsOf(post).size()).sum();
		assertThat(posts).isGreaterThan(5000);
		assertThat(count(app, "users")).isEqualTo(BlogSeed.USERS);
		assertThat(count(app, "posts")).isEqualTo(posts);
		assertThat(count(app, "post_tags")).isEqualTo(postTags);
		assertThat(count(app, "tags")).isEqualTo(BlogSeed.TAGS.size());
		assertThat(count(app, "categories")).isEqualTo(17);
	}

	private static long count(SampleApp app, String table) {
		Long count = app.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return (count != null) ? count : 0;
	}

}
