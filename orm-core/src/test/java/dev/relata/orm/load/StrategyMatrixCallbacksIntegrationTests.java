package dev.relata.orm.load;

import java.util.List;
import java.util.Map;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.Role;
import dev.relata.orm.load.LoadingFixture.Tag;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation callbacks (selection, filters, ordering with ties, per-parent paging) give the
 * same graph as hand-written SQL under JOIN, BATCHED and AUTO.
 */
class StrategyMatrixCallbacksIntegrationTests {

	private static final List<LoadOptions> STRATEGIES = List.of(LoadOptions.join(), LoadOptions.batched(),
			LoadOptions.defaults());

	private static final String USER_IDS = "SELECT id FROM lf_users ORDER BY id";

	@DatabaseTest
	void selectNarrowsTheChildrenButKeepsTheKeysTheLoaderNeeds(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree(USER_IDS,
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("posts", (q) -> q.select("title"), options).many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(expected);
			Post first = loaded.get(0).posts().get(0);
			assertThat(first.title()).isEqualTo("a1");
			assertThat(first.userId()).isEqualTo(1L);
			assertThat(first.score()).as(options.toString()).isNull();
			assertThat(first.published()).isNull();
			StrategyMatrixIntegrationTests.assertStatements(db, fixture, options);
			assertThat(fixture.sql().get(fixture.sql().size() - 1)).doesNotContainIgnoringCase("score");
		}
	}

	@DatabaseTest
	void whereFilterKeepsParentsWithoutMatchesWithAnEmptyListOrNull(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> published = fixture.tree(USER_IDS,
				"SELECT user_id, id FROM lf_posts WHERE published = " + "TRUE ORDER BY user_id, id");
		assertThat(published).containsEntry(2L, List.of()).containsEntry(1L, List.of(1L, 3L));
		Map<Long, @Nullable Long> admins = fixture.links("SELECT u.id, r.id FROM lf_users u LEFT JOIN lf_roles r "
				+ "ON r.id = u.role_id AND r.name = 'admin' ORDER BY u.id");
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query()
				.orderBy("id")
				.load("posts", (q) -> q.where("published", true), options)
				.many();
			assertThat(loaded).hasSize(4);
			assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(published);
			StrategyMatrixIntegrationTests.assertStatements(db, fixture, options);
			fixture.clear();
			List<User> withRoles = users.query()
				.orderBy("id")
				.load("role", (q) -> q.where("name", "admin"), options)
				.many();
			assertThat(withRoles).hasSize(4);
			assertThat(LoadingFixture.links(withRoles, User::id, User::role, Role::id)).as(options.toString())
				.isEqualTo(admins);
			StrategyMatrixIntegrationTests.assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void orderByBreaksTiesByTheChildKey(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree(USER_IDS,
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, score DESC, id");
		assertThat(expected).containsEntry(1L, List.of(1L, 3L, 2L, 4L)).containsEntry(4L, List.of(6L, 7L));
		Map<Long, List<Long>> tagsByName = fixture.tree(USER_IDS, "SELECT ut.user_id, t.id FROM lf_user_tags ut "
				+ "JOIN lf_tags t ON t.id = ut.tag_id ORDER BY ut.user_id, t.name DESC, t.id");
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("score", Direction.DESC), options)
				.many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(expected);
			StrategyMatrixIntegrationTests.assertStatements(db, fixture, options);
			List<User> tagged = users.query()
				.orderBy("id")
				.load("tags", (q) -> q.orderBy("name", Direction.DESC), options)
				.many();
			assertThat(LoadingFixture.tree(tagged, User::id, User::tags, Tag::id)).as(options.toString())
				.isEqualTo(tagsByName);
		}
	}

	@DatabaseTest
	void perParentLimitAndOffsetPageEachParentWithTiesBrokenByKey(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> first = fixture.tree(USER_IDS, paged(0, 1));
		Map<Long, List<Long>> secondAndThird = fixture.tree(USER_IDS, paged(1, 2));
		assertThat(first).containsEntry(1L, List.of(1L)).containsEntry(4L, List.of(6L));
		assertThat(secondAndThird).containsEntry(1L, List.of(3L, 2L))
			.containsEntry(2L, List.of())
			.containsEntry(4L, List.of(7L));
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			fixture.clear();
			List<User> limited = users.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(1), options)
				.many();
			assertThat(LoadingFixture.tree(limited, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(first);
			StrategyMatrixIntegrationTests.assertPagedStatements(db, fixture, options, 4);
			StrategyMatrixIntegrationTests.assertPerParentPage(db, fixture.sql().get(fixture.sql().size() - 1),
					options.getStrategy());
			fixture.clear();
			List<User> paged = users.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).offset(1).limit(2), options)
				.many();
			assertThat(LoadingFixture.tree(paged, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(secondAndThird);
			StrategyMatrixIntegrationTests.assertPagedStatements(db, fixture, options, 4);
			StrategyMatrixIntegrationTests.assertPerParentPage(db, fixture.sql().get(fixture.sql().size() - 1),
					options.getStrategy());
		}
	}

	@DatabaseTest
	void perParentPagingOfAManyToManyMatchesHandWrittenSql(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree(USER_IDS, "SELECT user_id, id FROM (SELECT ut.user_id, t.id, "
				+ "ROW_NUMBER() OVER (PARTITION BY ut.user_id ORDER BY t.name, t.id) AS rn FROM lf_user_tags ut "
				+ "JOIN lf_tags t ON t.id = ut.tag_id) x WHERE rn = 2 ORDER BY user_id");
		assertThat(expected).containsEntry(1L, List.of(3L)).containsEntry(4L, List.of(1L));
		for (LoadStrategy strategy : List.of(LoadStrategy.JOIN, LoadStrategy.BATCHED)) {
			fixture.clear();
			List<User> loaded = users.query()
				.orderBy("id")
				.load("tags", (q) -> q.orderBy("name").offset(1).limit(1), LoadOptions.strategy(strategy))
				.many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::tags, Tag::id)).as(strategy.toString())
				.isEqualTo(expected);
			assertThat(fixture.sql()).hasSize(
					(strategy == LoadStrategy.JOIN) ? 1 : 1 + StrategyMatrixIntegrationTests.pagedStatements(db, 4));
			StrategyMatrixIntegrationTests.assertPerParentPage(db, fixture.sql().get(fixture.sql().size() - 1),
					strategy);
		}
	}

	private static String paged(int offset, int limit) {
		return "SELECT user_id, id FROM (SELECT user_id, id, ROW_NUMBER() OVER (PARTITION BY user_id "
				+ "ORDER BY score DESC, id) AS rn FROM lf_posts) x WHERE rn > " + offset + " AND rn <= "
				+ (offset + limit) + " ORDER BY user_id, rn";
	}

}
