package dev.relata.orm.load;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.relata.orm.Orm;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.Query;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.query.QueryPlan.RelationStep;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code explain()} shows, per relation and level, the strategy, the reason, the SQL with
 * its binds and the chunking, runs nothing, and describes what the query then runs.
 */
class ExplainIntegrationTests {

	@DatabaseTest
	void explainShowsEveryLevelAndRunsNothing(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		Orm orm = fixture.orm();
		Supplier<Query<User>> query = () -> orm.repository(User.class)
			.query()
			.orderBy("id")
			.load("posts",
					(q) -> q.where("published", true)
						.orderBy("score", Direction.DESC)
						.load("tags")
						.load("user", LoadOptions.join()))
			.load("role")
			.load("profile", LoadOptions.join());
		QueryPlan plan = query.get().explain();
		assertThat(fixture.sql()).as("explain runs nothing").isEmpty();
		assertThat(plan.sql()).contains("LEFT JOIN")
			.containsIgnoringCase("lf_profiles")
			.doesNotContainIgnoringCase("lf_posts");
		assertThat(plan.bindCount()).isZero();
		assertThat(plan.statements()).isEqualTo(4);
		assertThat(plan.relations()).extracting(RelationStep::path)
			.containsExactly("posts", "posts.tags", "posts.user", "role", "profile");
		RelationStep posts = plan.relation("posts");
		assertStep(posts, 1, "hasMany", LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(posts.sql()).containsIgnoringCase("lf_posts")
			.contains(StrategyMatrixIntegrationTests.batchedKeys(db))
			.contains("LEFT JOIN")
			.containsIgnoringCase("lf_users");
		assertThat(posts.bindCount()).as("one key and the published filter").isEqualTo(2);
		assertBatchedChunking(db, posts);
		RelationStep tags = plan.relation("posts.tags");
		assertStep(tags, 2, "manyToMany", LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(tags.sql()).containsIgnoringCase("lf_post_tags")
			.contains(StrategyMatrixIntegrationTests.batchedKeys(db));
		assertThat(tags.bindCount()).isEqualTo(1);
		assertBatchedChunking(db, tags);
		RelationStep user = plan.relation("posts.user");
		assertStep(user, 2, "belongsTo", LoadStrategy.JOIN, LoadStrategy.JOIN, LoadReason.EXPLICIT);
		assertThat(user.chunking()).contains("joined into the statement of posts");
		RelationStep role = plan.relation("role");
		assertStep(role, 1, "belongsTo", LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET);
		assertThat(role.sql()).containsIgnoringCase("lf_roles");
		RelationStep profile = plan.relation("profile");
		assertStep(profile, 1, "hasOne", LoadStrategy.JOIN, LoadStrategy.JOIN, LoadReason.EXPLICIT);
		assertThat(profile.chunking()).contains("joined into the root statement");
		assertThat(plan.toString()).contains("statements: 4")
			.contains("posts (hasMany): batched [unbounded-parent-set] ")
			.contains("posts.user (belongsTo): join [explicit, requested join]")
			.contains("profile (hasOne): join [explicit, requested join] joined into the root statement")
			.contains(posts.sql());

		List<User> loaded = query.get().many();
		assertThat(fixture.sql()).as("statements as planned").hasSize(plan.statements());
		assertThat(fixture.sql().get(0)).isEqualTo(plan.sql());
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(fixture.sql().subList(1, 4)).containsExactlyInAnyOrder(posts.sql(), tags.sql(), role.sql());
		}
		Map<Long, List<Long>> published = fixture.tree("SELECT id FROM lf_users ORDER BY id",
				"SELECT user_id, id FROM lf_posts WHERE published = TRUE ORDER BY user_id, score DESC, id");
		assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).isEqualTo(published);
		assertThat(loaded.get(0).posts().get(0).user()).isSameAs(loaded.get(0).posts().get(1).user());
		assertThat(loaded.get(0).profile().bio()).isEqualTo("math");
		assertThat(loaded.get(1).role().name()).isEqualTo("user");
	}

	@DatabaseTest
	void theBatchedSqlOfThePlanIsWhatRunsForOneParentKey(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		Orm orm = fixture.orm();
		Supplier<Query<User>> query = () -> orm.repository(User.class)
			.query()
			.whereKey(4L)
			.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(1), LoadOptions.batched())
			.load("tags", LoadOptions.batched());
		QueryPlan plan = query.get().explain();
		assertThat(fixture.sql()).isEmpty();
		assertThat(plan.bindCount()).isEqualTo(1);
		StrategyMatrixIntegrationTests.assertPerParentPage(db, plan.relation("posts").sql(), LoadStrategy.BATCHED);
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(plan.relation("posts").chunking())
				.isEqualTo("parent keys as one array parameter (unnest(?)), at most 50000 per statement; "
						+ "per-parent limit through LATERAL (each parent's rows up to the limit)");
			assertThat(plan.relation("posts").bindCount()).as("the key array and the limit").isEqualTo(2);
		}
		else if (db.kind() == DatabaseKind.H2) {
			assertThat(plan.relation("posts").chunking()).isEqualTo("one statement per parent key, the same SQL for "
					+ "each; per-parent limit in the statement (each parent's rows up to the limit)");
			assertThat(plan.relation("posts").bindCount()).as("the key and the limit").isEqualTo(2);
		}
		else {
			assertThat(plan.relation("posts").chunking())
				.endsWith("; per-parent limit through a ROW_NUMBER() derived table");
		}
		assertThat(plan.relation("tags").chunking()).doesNotContain("per-parent");
		User linus = query.get().many().get(0);
		assertThat(fixture.sql()).containsExactly(plan.sql(), plan.relation("posts").sql(),
				plan.relation("tags").sql());
		assertThat(linus.posts()).extracting(Post::id).containsExactly(6L);
		assertThat(linus.tags()).hasSize(2);
	}

	@DatabaseTest
	void chunkingFollowsMaxBatchKeysAndChunksAddStatements(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		Orm orm = fixture.orm((s) -> s.maxBatchKeys(2));
		QueryPlan plan = orm.repository(User.class).query().orderBy("id").load("posts").explain();
		RelationStep posts = plan.relation("posts");
		assertThat(plan.statements()).isEqualTo(2);
		List<User> loaded = orm.repository(User.class).query().orderBy("id").load("posts").many();
		assertThat(loaded.get(0).posts()).hasSize(4);
		// maxBatchKeys bounds IN lists only: every database here sends BIGINT keys as one
		// parameter, of up to 1,000 keys on H2 and 50,000 elsewhere
		assertThat(posts.chunking()).contains((db.kind() == DatabaseKind.MARIADB) ? "JSON_TABLE(?, ...)" : "= ANY(?)")
			.contains((db.kind() == DatabaseKind.H2) ? "at most 1000 per" : "at most 50000 per");
		assertThat(fixture.sql()).hasSize(2);
		if (db.kind() == DatabaseKind.MARIADB) {
			// MariaDB read through the MySQL dialect, which keeps IN lists
			fixture.clear();
			Orm inLists = fixture.orm(Dialects.MYSQL, (s) -> s.maxBatchKeys(2));
			RelationStep chunked = inLists.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts")
				.explain()
				.relation("posts");
			assertThat(chunked.chunking()).contains("IN list").contains("at most 2 per statement");
			List<User> again = inLists.repository(User.class).query().orderBy("id").load("posts").many();
			assertThat(fixture.sql()).as("four parent keys in chunks of two").hasSize(3);
			assertThat(fixture.sql().get(1)).contains(" IN (?, ?)");
			assertThat(again).extracting((u) -> u.posts().size())
				.isEqualTo(loaded.stream().map((u) -> u.posts().size()).toList());
		}
	}

	@DatabaseTest
	void explainSaysHowTheStatementsOfALoadSeeTheDatabase(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		assertThat(fixture.orm().repository(User.class).query().load("posts").explain().consistency())
			.startsWith("none");
		Orm snapshot = fixture.orm((s) -> s.consistency(LoadConsistency.SNAPSHOT));
		// H2 snapshots every table at the first statement only under SERIALIZABLE (see
		// H2Dialect).
		String isolation = (db.kind() == DatabaseKind.H2) ? "SERIALIZABLE" : "REPEATABLE READ";
		assertThat(snapshot.repository(User.class).query().load("posts").explain().consistency())
			.contains("one read-only " + isolation + " transaction");
		assertThat(snapshot.repository(User.class).query().load("posts", LoadOptions.join()).explain().consistency())
			.contains("one statement");
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult(
				(status) -> assertThat(snapshot.repository(User.class).query().load("posts").explain().consistency())
					.contains("caller's transaction"));
		assertThat(fixture.sql()).isEmpty();
	}

	private static void assertStep(RelationStep step, int level, String kind, LoadStrategy requested,
			LoadStrategy strategy, LoadReason reason) {
		assertThat(step.level()).as(step.toString()).isEqualTo(level);
		assertThat(step.kind()).as(step.toString()).isEqualTo(kind);
		assertThat(step.requested()).as(step.toString()).isEqualTo(requested);
		assertThat(step.strategy()).as(step.toString()).isEqualTo(strategy);
		assertThat(step.reason()).as(step.toString()).isEqualTo(reason);
	}

	private static void assertBatchedChunking(TestDatabase db, RelationStep step) {
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(step.chunking()).contains("one JSON array parameter (JSON_TABLE(?, ...))")
				.contains("at most 50000");
		}
		else {
			assertThat(step.chunking()).contains("one array parameter (= ANY(?))")
				.contains((db.kind() == DatabaseKind.H2) ? "at most 1000 per" : "at most 50000 per");
		}
	}

}
