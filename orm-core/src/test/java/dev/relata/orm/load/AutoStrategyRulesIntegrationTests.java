package dev.relata.orm.load;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.relata.orm.Orm;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.Tag;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.Query;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.query.QueryPlan.RelationStep;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AUTO decides per relation and level from the query's shape: every rule and reason code,
 * seen through {@code explain()} (which runs nothing) and through the statements the same
 * query runs.
 */
class AutoStrategyRulesIntegrationTests {

	private LoadingFixture fixture;

	private Orm orm;

	private void setUp(TestDatabase db) {
		this.fixture = LoadingFixture.create(db);
		this.orm = this.fixture.orm();
	}

	@DatabaseTest
	void explicitStrategiesAreObeyedWithReasonExplicit(TestDatabase db) {
		setUp(db);
		assertPlan(() -> users().orderBy("id").load("posts", LoadOptions.join()), "posts", LoadStrategy.JOIN,
				LoadStrategy.JOIN, LoadReason.EXPLICIT, 1);
		assertPlan(() -> users().whereKey(1L).load("posts", LoadOptions.batched()), "posts", LoadStrategy.BATCHED,
				LoadStrategy.BATCHED, LoadReason.EXPLICIT, 2);
	}

	@DatabaseTest
	void toManyPagedPerParentIsBatchedEvenForOneParent(TestDatabase db) {
		setUp(db);
		List<User> loaded = assertPlan(() -> users().whereKey(1L).load("posts", (q) -> q.limit(2)), "posts",
				LoadStrategy.AUTO, LoadStrategy.BATCHED, StrategyMatrixIntegrationTests.pagedReason(db), 2);
		assertThat(loaded.get(0).posts()).extracting(Post::id).containsExactly(1L, 2L);
		StrategyMatrixIntegrationTests.assertPerParentPage(db, this.fixture.sql().get(1), LoadStrategy.BATCHED);
	}

	@DatabaseTest
	void aSingleParentIsJoined(TestDatabase db) {
		setUp(db);
		assertPlan(() -> users().whereKey(1L).load("posts"), "posts", LoadStrategy.AUTO, LoadStrategy.JOIN,
				LoadReason.SINGLE_PARENT, 1);
		List<User> byId = assertPlan(() -> users().where("id", 4L).load("tags"), "tags", LoadStrategy.AUTO,
				LoadStrategy.JOIN, LoadReason.SINGLE_PARENT, 1);
		assertThat(byId.get(0).tags()).extracting(Tag::id).containsExactly(1L, 4L);
		this.fixture.clear();
		User one = users().where("name", "Ada").load("posts").one().orElseThrow();
		assertThat(one.posts()).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L);
		assertThat(this.fixture.sql()).hasSize(1);
		assertThat(this.fixture.sql().get(0)).contains("LEFT JOIN");
		this.fixture.clear();
		User first = users().where("roleId", 1L).orderBy("id").load("posts").first().orElseThrow();
		assertThat(first.posts()).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L);
		assertThat(this.fixture.sql()).hasSize(1);
		assertThat(this.fixture.sql().get(0)).contains("LEFT JOIN");
		this.fixture.clear();
		User single = users().where("name", "Linus").load("profile").single();
		assertThat(single.profile().bio()).isEqualTo("kernel");
		assertThat(this.fixture.sql()).hasSize(1);
	}

	@DatabaseTest
	void aManyToManyWithAtMostTenParentsIsJoined(TestDatabase db) {
		setUp(db);
		List<User> ten = assertPlan(() -> users().whereIn("id", ids(10)).orderBy("id").load("tags"), "tags",
				LoadStrategy.AUTO, LoadStrategy.JOIN, LoadReason.SMALL_MANY_TO_MANY, 1);
		assertThat(ten).hasSize(4);
		assertThat(ten.get(3).tags()).extracting(Tag::id).containsExactly(1L, 4L);
		List<User> eleven = assertPlan(() -> users().whereIn("id", ids(11)).orderBy("id").load("tags"), "tags",
				LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.LARGE_PARENT_SET, 2);
		assertThat(eleven.get(3).tags()).extracting(Tag::id).containsExactly(1L, 4L);
		assertPlan(() -> users().whereIn("id", ids(10)).load("posts"), "posts", LoadStrategy.AUTO, LoadStrategy.BATCHED,
				LoadReason.LARGE_PARENT_SET, 2);
	}

	@DatabaseTest
	void aSmallParentSetIsJoinedUpToNine(TestDatabase db) {
		setUp(db);
		List<User> nine = assertPlan(() -> users().orderBy("id").limit(9).load("posts"), "posts", LoadStrategy.AUTO,
				LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET, 1);
		assertThat(nine).hasSize(4);
		assertThat(nine.get(0).posts()).hasSize(4);
		assertPlan(() -> users().orderBy("id").limit(10).load("posts"), "posts", LoadStrategy.AUTO,
				LoadStrategy.BATCHED, LoadReason.LARGE_PARENT_SET, 2);
		assertPlan(() -> users().whereIn("id", ids(20)).limit(3).load("role"), "role", LoadStrategy.AUTO,
				LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET, 1);
	}

	@DatabaseTest
	void aQueryWithoutAKeyBoundIsBatched(TestDatabase db) {
		setUp(db);
		assertPlan(() -> users().where("name", "Ada").load("posts"), "posts", LoadStrategy.AUTO, LoadStrategy.BATCHED,
				LoadReason.UNBOUNDED_PARENT_SET, 2);
		List<User> ored = assertPlan(() -> users().whereKey(1L).orWhere("name", "Grace").orderBy("id").load("posts"),
				"posts", LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET, 2);
		assertThat(ored).extracting(User::id).containsExactly(1L, 2L);
		assertThat(ored.get(1).posts()).extracting(Post::id).containsExactly(5L);
	}

	@DatabaseTest
	void aSecondRowRepeatingRelationIsBatchedByTheCartesianGuard(TestDatabase db) {
		setUp(db);
		QueryPlan plan = users().whereKey(1L).load("posts").load("tags").explain();
		assertThat(this.fixture.sql()).isEmpty();
		assertStep(plan.relation("posts"), LoadStrategy.AUTO, LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
		assertStep(plan.relation("tags"), LoadStrategy.AUTO, LoadStrategy.BATCHED, LoadReason.CARTESIAN_GUARD);
		User ada = users().whereKey(1L).load("posts").load("tags").one().orElseThrow();
		assertThat(this.fixture.sql()).hasSize(2);
		assertThat(ada.posts()).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L);
		assertThat(ada.tags()).extracting(Tag::id).containsExactly(1L, 3L);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(
				() -> users().whereKey(1L).load("posts", LoadOptions.join()).load("tags", LoadOptions.join()).many())
			.withMessageContaining("LoadOptions.batched()")
			.withMessageContaining("tags");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(
				() -> users().whereKey(1L).load("posts", LoadOptions.join()).load("tags", LoadOptions.join()).explain())
			.withMessageContaining("LoadOptions.batched()");
	}

	@DatabaseTest
	void nestedLevelsPlanOnTheirOwnBound(TestDatabase db) {
		setUp(db);
		QueryPlan plan = users().whereKey(1L).load("posts.tags").explain();
		assertStep(plan.relation("posts"), LoadStrategy.AUTO, LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
		assertStep(plan.relation("posts.tags"), LoadStrategy.AUTO, LoadStrategy.BATCHED,
				LoadReason.UNBOUNDED_PARENT_SET);
		plan = users().whereIn("id", List.of(1L, 2L))
			.load("posts", (q) -> q.limit(2).load("tags").load("user"))
			.explain();
		assertStep(plan.relation("posts"), LoadStrategy.AUTO, LoadStrategy.BATCHED,
				StrategyMatrixIntegrationTests.pagedReason(db));
		assertStep(plan.relation("posts.tags"), LoadStrategy.AUTO, LoadStrategy.JOIN, LoadReason.SMALL_MANY_TO_MANY);
		assertStep(plan.relation("posts.user"), LoadStrategy.AUTO, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
		assertThat(this.fixture.sql()).isEmpty();
	}

	@DatabaseTest
	void lockedParentsAreBatchedAndAnExplicitJoinIsRefused(TestDatabase db) {
		setUp(db);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult((status) -> {
			List<User> locked = assertPlan(() -> users().whereKey(1L).lock().load("posts"), "posts", LoadStrategy.AUTO,
					LoadStrategy.BATCHED, LoadReason.LOCKED_PARENTS, 2);
			assertThat(locked.get(0).posts()).hasSize(4);
			assertThat(this.fixture.sql().get(0)).contains("FOR UPDATE");
			assertThatExceptionOfType(OrmUsageException.class)
				.isThrownBy(() -> users().whereKey(1L).lock().load("posts", LoadOptions.join()).many())
				.withMessageContaining("LoadOptions.batched()");
		});
	}

	@DatabaseTest
	void streamedParentsAreBatchedPerChunk(TestDatabase db) {
		setUp(db);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult((status) -> {
			this.fixture.clear();
			try (Stream<User> stream = users().whereKey(1L).load("posts").stream()) {
				List<User> streamed = stream.toList();
				assertThat(streamed.get(0).posts()).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L);
			}
			assertThat(this.fixture.sql()).as("single parent, but streamed: batched").hasSize(2);
			assertThat(this.fixture.sql().get(1)).contains(StrategyMatrixIntegrationTests.batchedKeys(db));
			this.fixture.clear();
			try (Stream<User> stream = users().orderBy("id").load("posts").load("role").stream()) {
				assertThat(stream.map((u) -> u.posts().size()).toList()).containsExactly(4, 1, 0, 2);
			}
			assertThat(this.fixture.sql()).hasSize(3);
			assertThatExceptionOfType(OrmUsageException.class)
				.isThrownBy(() -> users().whereKey(1L).load("posts", LoadOptions.join()).stream().close())
				.withMessageContaining("LoadOptions.batched()");
		});
	}

	@DatabaseTest
	void thresholdsAndTheDefaultStrategyComeFromTheSettings(TestDatabase db) {
		setUp(db);
		this.orm = this.fixture.orm((s) -> s.joinMaxParents(3).manyToManyJoinMaxParents(12));
		assertPlan(() -> users().whereIn("id", ids(3)).load("posts"), "posts", LoadStrategy.AUTO, LoadStrategy.JOIN,
				LoadReason.SMALL_PARENT_SET, 1);
		assertPlan(() -> users().whereIn("id", ids(4)).load("posts"), "posts", LoadStrategy.AUTO, LoadStrategy.BATCHED,
				LoadReason.LARGE_PARENT_SET, 2);
		assertPlan(() -> users().whereIn("id", ids(12)).load("tags"), "tags", LoadStrategy.AUTO, LoadStrategy.JOIN,
				LoadReason.SMALL_MANY_TO_MANY, 1);
		assertPlan(() -> users().whereIn("id", ids(13)).load("tags"), "tags", LoadStrategy.AUTO, LoadStrategy.BATCHED,
				LoadReason.LARGE_PARENT_SET, 2);
		this.orm = this.fixture.orm((s) -> s.defaultStrategy(LoadStrategy.BATCHED));
		List<User> batched = assertPlan(() -> users().whereKey(1L).load("posts"), "posts", LoadStrategy.BATCHED,
				LoadStrategy.BATCHED, LoadReason.EXPLICIT, 2);
		assertThat(batched.get(0).posts()).hasSize(4);
		assertPlan(() -> users().whereKey(1L).load("posts", LoadOptions.join()), "posts", LoadStrategy.JOIN,
				LoadStrategy.JOIN, LoadReason.EXPLICIT, 1);
	}

	private Query<User> users() {
		return this.orm.repository(User.class).query();
	}

	private List<User> assertPlan(Supplier<Query<User>> query, String path, LoadStrategy requested,
			LoadStrategy strategy, LoadReason reason, int statements) {
		this.fixture.clear();
		QueryPlan plan = query.get().explain();
		assertThat(this.fixture.sql()).as("explain runs nothing").isEmpty();
		assertStep(plan.relation(path), requested, strategy, reason);
		assertThat(plan.statements()).isEqualTo(statements);
		List<User> loaded = query.get().many();
		assertThat(this.fixture.sql()).as(plan.toString()).hasSize(statements);
		if (strategy == LoadStrategy.JOIN) {
			assertThat(this.fixture.sql().get(0)).contains("LEFT JOIN");
		}
		return loaded;
	}

	private static void assertStep(RelationStep step, LoadStrategy requested, LoadStrategy strategy,
			LoadReason reason) {
		assertThat(step.strategy()).as(step.toString()).isEqualTo(strategy);
		assertThat(step.reason()).as(step.toString()).isEqualTo(reason);
		assertThat(step.requested()).as(step.toString()).isEqualTo(requested);
	}

	private static List<Long> ids(int count) {
		return LongStream.rangeClosed(1, count).boxed().toList();
	}

}
