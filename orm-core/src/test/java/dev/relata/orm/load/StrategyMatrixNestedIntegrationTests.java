package dev.relata.orm.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.Tag;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Nested loads with mixed strategies per level, and aggregates on the root and inside a
 * relation query, against hand-written SQL and with the statements each level costs.
 */
class StrategyMatrixNestedIntegrationTests {

	private static final String POST_TAGS = "SELECT pt.post_id, t.id FROM lf_post_tags pt JOIN lf_tags t "
			+ "ON t.id = pt.tag_id ORDER BY pt.post_id, t.id";

	@DatabaseTest
	void nestedLevelsLoadTheSameTreeWithEveryMixOfStrategies(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> postTags = fixture.tree("SELECT id FROM lf_posts ORDER BY id", POST_TAGS);
		Map<Long, List<Long>> userPosts = fixture.tree("SELECT id FROM lf_users ORDER BY id",
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		for (LoadOptions posts : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			for (LoadOptions tags : List.of(LoadOptions.batched(), LoadOptions.defaults())) {
				fixture.clear();
				List<User> loaded = users.query()
					.orderBy("id")
					.load("posts", (q) -> q.load("tags", tags), posts)
					.many();
				String mix = posts + " > " + tags;
				assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(mix).isEqualTo(userPosts);
				assertThat(postTagsOf(loaded)).as(mix).isEqualTo(postTags);
				assertThat(fixture.sql()).as(mix + " " + fixture.sql())
					.hasSize((posts.equals(LoadOptions.join())) ? 2 : 3);
				assertThat(fixture.sql().get(fixture.sql().size() - 1))
					.contains(StrategyMatrixIntegrationTests.batchedKeys(db));
			}
		}
		fixture.clear();
		List<User> joinedIntoBatched = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.load("tags", LoadOptions.join()), LoadOptions.batched())
			.many();
		assertThat(postTagsOf(joinedIntoBatched)).isEqualTo(postTags);
		assertThat(fixture.sql()).hasSize(2);
		assertThat(fixture.sql().get(1)).contains(StrategyMatrixIntegrationTests.batchedKeys(db)).contains("LEFT JOIN");
	}

	@DatabaseTest
	void joinedLevelsNestedUnderAJoinedRelationRunInOneStatement(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		List<User> loaded = users.query()
			.orderBy("id")
			.load("posts", LoadOptions.join())
			.load("posts.user", LoadOptions.join())
			.load("role", LoadOptions.join())
			.many();
		assertThat(fixture.sql()).hasSize(1);
		assertThat(fixture.sql().get(0)).contains("LEFT JOIN");
		assertThat(loaded.get(0).posts()).extracting(Post::id).containsExactly(1L, 2L, 3L, 4L);
		for (User user : loaded) {
			for (Post post : user.posts()) {
				assertThat(post.user().id()).isEqualTo(user.id());
				assertThat(post.user()).isSameAs(user.posts().get(0).user());
			}
		}
		assertThat(loaded.get(0).role()).isSameAs(loaded.get(3).role());
	}

	@DatabaseTest
	void dottedPathsAndNestedLoadsMergeIntoOneNode(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> postTags = fixture.tree("SELECT id FROM lf_posts ORDER BY id", POST_TAGS);
		List<User> loaded = users.query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("id", Direction.DESC), LoadOptions.batched())
			.load("posts.tags", LoadOptions.batched())
			.load("posts.user", LoadOptions.join())
			.many();
		assertThat(fixture.sql()).as(fixture.sql().toString()).hasSize(3);
		assertThat(loaded.get(0).posts()).extracting(Post::id).containsExactly(4L, 3L, 2L, 1L);
		assertThat(postTagsOf(loaded)).isEqualTo(postTags);
		assertThat(loaded.get(3).posts().get(0).user().name()).isEqualTo("Linus");
	}

	@DatabaseTest
	void rootAggregatesMatchHandWrittenSqlWithZeroAndNullForParentsWithoutChildren(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		List<User> loaded = users.query()
			.orderBy("id")
			.withCount("posts")
			.withCount("posts", (q) -> q.where("published", true), "publishedCount")
			.withMax("posts", "score", "maxScore")
			.withMin("posts", "score", "minScore")
			.withSum("posts", "score", "sumScore")
			.withAvg("posts", "score", "avgScore")
			.many();
		assertThat(fixture.sql()).hasSize(1);
		List<Map<String, Object>> expected = db.jdbc()
			.queryForList("SELECT u.id, (SELECT COUNT(*) FROM lf_posts p WHERE p.user_id = u.id) AS c, "
					+ "(SELECT COUNT(*) FROM lf_posts p WHERE p.user_id = u.id AND p.published = TRUE) AS pc, "
					+ "(SELECT MAX(score) FROM lf_posts p WHERE p.user_id = u.id) AS mx, "
					+ "(SELECT MIN(score) FROM lf_posts p WHERE p.user_id = u.id) AS mn, "
					+ "(SELECT SUM(score) FROM lf_posts p WHERE p.user_id = u.id) AS sm "
					+ "FROM lf_users u ORDER BY u.id");
		for (int i = 0; i < loaded.size(); i++) {
			User user = loaded.get(i);
			Map<String, Object> row = lowerCase(expected.get(i));
			assertThat(user.postsCount()).isEqualTo(((Number) row.get("c")).longValue());
			assertThat(user.publishedCount()).isEqualTo(((Number) row.get("pc")).longValue());
			assertThat(user.maxScore()).isEqualTo(intOrNull(row.get("mx")));
			assertThat(user.minScore()).isEqualTo(intOrNull(row.get("mn")));
			assertThat(user.sumScore())
				.isEqualTo((row.get("sm") != null) ? ((Number) row.get("sm")).longValue() : null);
		}
		User alan = loaded.get(2);
		assertThat(alan.postsCount()).isZero();
		assertThat(alan.publishedCount()).isZero();
		assertThat(alan.maxScore()).isNull();
		assertThat(alan.sumScore()).isNull();
		assertThat(alan.avgScore()).isNull();
		assertThat(loaded.get(0).avgScore()).isCloseTo(3.5, within(0.0001));
		assertThat(loaded.get(0).publishedCount()).isEqualTo(2L);
		assertThat(loaded.get(1).publishedCount()).isZero();
	}

	@DatabaseTest
	void aggregatesInsideARelationQueryFillTheChildrenUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, Long> expected = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT p.id, (SELECT COUNT(*) FROM lf_post_tags pt WHERE pt.post_id = p.id) FROM lf_posts p "
					+ "ORDER BY p.id", (rs) -> {
						long id = rs.getLong(1);
						expected.put(id, rs.getLong(2));
					});
		assertThat(expected).containsEntry(2L, 0L).containsEntry(7L, 2L);
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("posts", (q) -> q.withCount("tags"), options).many();
			Map<Long, Long> counts = new LinkedHashMap<>();
			loaded.stream()
				.flatMap((u) -> u.posts().stream())
				.sorted((a, b) -> a.id().compareTo(b.id()))
				.forEach((p) -> counts.put(p.id(), p.tagsCount()));
			assertThat(counts).as(options.toString()).isEqualTo(expected);
			StrategyMatrixIntegrationTests.assertStatements(db, fixture, options);
		}
	}

	private static Map<Long, List<Long>> postTagsOf(List<User> users) {
		Map<Long, List<Long>> tree = new java.util.TreeMap<>();
		for (User user : users) {
			tree.putAll(LoadingFixture.tree(user.posts(), Post::id, Post::tags, Tag::id));
		}
		return new LinkedHashMap<>(tree);
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> lower = new LinkedHashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return lower;
	}

	private static Integer intOrNull(Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

}
