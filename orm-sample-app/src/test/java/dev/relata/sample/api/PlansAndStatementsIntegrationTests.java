package dev.relata.sample.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import dev.relata.sample.statements.SentStatement;
import dev.relata.sample.statements.StatementCountHeaderAdvice;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code /api/explain} and {@code /api/loads} on each database: AUTO's choice per
 * relation with its reason and SQL, and the statements a load sent, recorded per request
 * even when requests run concurrently.
 */
class PlansAndStatementsIntegrationTests {

	private static final SampleApp.PerDatabase apps = new SampleApp.PerDatabase();

	@AfterAll
	static void stopApplications() {
		apps.close();
	}

	@DatabaseTest
	void explainShowsStrategyReasonAndSqlPerRelationWithoutRunningIt(TestDatabase db) {
		SampleApp app = apps.on(db);
		app.client()
			.get()
			.uri("/api/explain?load=posts,role&limit=5")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(StatementCountHeaderAdvice.HEADER, "0")
			.expectBody()
			.jsonPath("$.statements")
			.isEqualTo(1)
			.jsonPath("$.relations[*].path")
			.isEqualTo(List.of("posts", "role"))
			.jsonPath("$.relations[*].strategy")
			.isEqualTo(List.of("join", "join"))
			.jsonPath("$.relations[*].reason")
			.isEqualTo(List.of("small-parent-set", "small-parent-set"))
			.jsonPath("$.sql")
			.value((String sql) -> assertThat(sql).containsIgnoringCase("left join")
				.containsIgnoringCase("posts")
				.containsIgnoringCase("roles"));
		app.client()
			.get()
			.uri("/api/explain?load=posts,role&limit=50")
			.exchange()
			.expectBody()
			.jsonPath("$.statements")
			.isEqualTo(3)
			.jsonPath("$.relations[*].strategy")
			.isEqualTo(List.of("batched", "batched"))
			.jsonPath("$.relations[*].reason")
			.isEqualTo(List.of("large-parent-set", "large-parent-set"))
			.jsonPath("$.relations[0].sql")
			.value((String sql) -> assertThat(sql).containsIgnoringCase("posts").containsIgnoringCase("user_id"));
	}

	@DatabaseTest
	void aLoadRunReportsItsPlanAndEveryStatementSent(TestDatabase db) {
		SampleApp app = apps.on(db);
		LoadRun run = app.client()
			.get()
			.uri("/api/loads?load=posts.tags,role&strategy=batched&limit=20&offset=20")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(StatementCountHeaderAdvice.HEADER, "4")
			.expectBody(LoadRun.class)
			.returnResult()
			.getResponseBody();
		assertThat(run).isNotNull();
		assertThat(run.users()).isEqualTo(20);
		assertThat(run.plan().relations())
			.extracting(PlanView.Step::path, PlanView.Step::requested, PlanView.Step::strategy, PlanView.Step::reason)
			.containsExactly(tuple("posts", "batched", "batched", "explicit"),
					tuple("posts.tags", "batched", "batched", "explicit"),
					tuple("role", "batched", "batched", "explicit"));
		assertThat(run.statements()).extracting(SentStatement::model).containsExactly("User", "Post", "Tag", "Role");
		assertThat(run.statements()).allSatisfy((statement) -> assertThat(statement.operation()).isEqualTo("select"));
		assertThat(run.statements().get(0).binds()).containsExactly(20, 20);
	}

	@DatabaseTest
	void concurrentRequestsRecordOnlyTheirOwnStatements(TestDatabase db) throws Exception {
		SampleApp app = apps.on(db);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<Void>> runs = new ArrayList<>();
			for (int limit = 1; limit <= 32; limit++) {
				int pageSize = limit;
				runs.add(executor.submit(() -> {
					LoadRun run = app.client()
						.get()
						.uri("/api/loads?load=posts,role&limit=" + pageSize)
						.exchange()
						.expectStatus()
						.isOk()
						.expectBody(LoadRun.class)
						.returnResult()
						.getResponseBody();
					assertThat(run).isNotNull();
					// AUTO joins up to 9 parents: one statement; above, three
					assertThat(run.statements()).as("limit %d", pageSize).hasSize((pageSize <= 9) ? 1 : 3);
					assertThat(run.statements().get(0).binds()).as("limit %d", pageSize).startsWith(pageSize);
					assertThat(run.users()).isEqualTo(pageSize);
					return null;
				}));
			}
			for (Future<Void> run : runs) {
				run.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

}
