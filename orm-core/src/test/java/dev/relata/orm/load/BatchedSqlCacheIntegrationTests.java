package dev.relata.orm.load;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Query;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of a batched statement that binds only its parents' keys is rendered once per
 * shape and reused: loads of the same shape over other parents run the same SQL with
 * their own keys and read their own rows, and a load that differs in anything the SQL
 * depends on (order, a filter, a joined relation, the aliases) gets SQL of its own.
 */
class BatchedSqlCacheIntegrationTests {

	private static final String USERS = "SELECT id FROM lf_users ORDER BY id";

	@DatabaseTest
	void theSameShapeOverOtherParentsRunsTheSameSqlWithItsOwnKeys(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> all = fixture.tree(USERS, "SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		List<List<Long>> parentSets = List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(4L, 2L, 1L), List.of(2L));
		String first = null;
		for (List<Long> parents : parentSets) {
			fixture.clear();
			List<User> loaded = users.query()
				.whereIn("id", parents)
				.orderBy("id")
				.load("posts", LoadOptions.batched())
				.many();
			assertThat(tree(loaded)).as(parents.toString()).isEqualTo(subtree(all, parents));
			assertThat(fixture.statements()).hasSize(2);
			String batched = fixture.sql().get(1);
			first = (first != null) ? first : batched;
			assertThat(batched).as("the cached SQL").isEqualTo(first);
			assertThat(fixture.statements().get(1).binds()).as("its own keys, in one parameter")
				.hasSize(1)
				.first()
				.asString()
				.contains(parents.stream().sorted().map(String::valueOf).toList().get(0));
		}
	}

	@DatabaseTest
	void aShapeThatDiffersGetsItsOwnSql(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> byKey = fixture.tree(USERS, "SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		Map<Long, List<Long>> byScore = fixture.tree(USERS,
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, score DESC, id");
		Map<Long, List<Long>> published = fixture.tree(USERS,
				"SELECT user_id, id FROM lf_posts WHERE published = TRUE ORDER BY user_id, id");
		Map<Long, List<Long>> drafts = fixture.tree(USERS,
				"SELECT user_id, id FROM lf_posts WHERE published = FALSE ORDER BY user_id, id");
		// each twice, alternating, so that a shape cached by the one before would show
		for (int round = 0; round < 2; round++) {
			assertThat(tree(load(users, (q) -> q.load("posts", LoadOptions.batched())))).isEqualTo(byKey);
			assertThat(tree(load(users,
					(q) -> q.load("posts", (p) -> p.orderBy("score", Direction.DESC), LoadOptions.batched()))))
				.isEqualTo(byScore);
			assertThat(
					tree(load(users, (q) -> q.load("posts", (p) -> p.where("published", true), LoadOptions.batched()))))
				.isEqualTo(published);
			assertThat(tree(
					load(users, (q) -> q.load("posts", (p) -> p.where("published", false), LoadOptions.batched()))))
				.isEqualTo(drafts);
			// another alias (t2): the role is joined first
			List<User> withRole = load(users,
					(q) -> q.load("role", LoadOptions.join()).load("posts", LoadOptions.batched()));
			assertThat(tree(withRole)).isEqualTo(byKey);
			assertThat(withRole).extracting((u) -> (u.role() != null) ? u.role().id() : null)
				.containsExactly(1L, 2L, null, 1L);
			// the posts' users joined into the posts' statement
			List<User> withAuthors = load(users,
					(q) -> q.load("posts", LoadOptions.batched()).load("posts.user", LoadOptions.join()));
			assertThat(tree(withAuthors)).isEqualTo(byKey);
			for (User user : withAuthors) {
				assertThat(user.posts()).allSatisfy((post) -> assertThat(post.user().id()).isEqualTo(user.id()));
			}
		}
		fixture.clear();
		load(users, (q) -> q.load("posts", LoadOptions.batched()));
		String plain = fixture.sql().get(1);
		fixture.clear();
		load(users, (q) -> q.load("posts", (p) -> p.orderBy("score", Direction.DESC), LoadOptions.batched()));
		assertThat(fixture.sql().get(1)).isNotEqualTo(plain);
		fixture.clear();
		load(users, (q) -> q.load("posts", LoadOptions.batched()).load("posts.user", LoadOptions.join()));
		assertThat(fixture.sql().get(1)).isNotEqualTo(plain).contains("LEFT JOIN");
	}

	private static List<User> load(OrmRepository<User> users, Function<Query<User>, Query<User>> loads) {
		return loads.apply(users.query().orderBy("id")).many();
	}

	private static Map<Long, List<Long>> tree(List<User> users) {
		return LoadingFixture.tree(users, User::id, User::posts, Post::id);
	}

	private static Map<Long, List<Long>> subtree(Map<Long, List<Long>> all, List<Long> parents) {
		Map<Long, List<Long>> tree = new java.util.LinkedHashMap<>();
		parents.stream().sorted().forEach((parent) -> tree.put(parent, all.get(parent)));
		return tree;
	}

}
