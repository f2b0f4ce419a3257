package dev.relata.orm.load;

import java.util.List;
import java.util.Map;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of the strategies: a paged root with a joined to-many, parent keys that are
 * NULL or repeated, and a JOIN with a per-parent limit, checked against hand-written SQL.
 */
class StrategyMatrixEdgeCasesIntegrationTests {

	@DatabaseTest
	void aPagedRootKeepsAllChildrenOfItsRowsUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree("SELECT id FROM lf_users WHERE id IN (1, 2) ORDER BY id",
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		Map<Long, List<Long>> offset = fixture.tree("SELECT id FROM lf_users WHERE id IN (2, 3) ORDER BY id",
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			fixture.clear();
			List<User> first = users.query().orderBy("id").limit(2).load("posts", options).many();
			assertThat(LoadingFixture.tree(first, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(expected);
			List<User> paged = users.query().orderBy("id").offset(1).limit(2).load("posts", options).many();
			assertThat(LoadingFixture.tree(paged, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(offset);
			List<User> descending = users.query()
				.orderBy("name", Direction.DESC)
				.limit(1)
				.load("posts", options)
				.many();
			assertThat(descending).extracting(User::name).containsExactly("Linus");
			assertThat(descending.get(0).posts()).extracting(Post::id).containsExactly(6L, 7L);
		}
	}

	@DatabaseTest
	void batchedLoadsSkipNullKeysAndRunNothingWhenNoParentHasOne(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		List<User> alan = users.query().where("name", "Alan").load("role", LoadOptions.batched()).many();
		assertThat(alan).hasSize(1);
		assertThat(alan.get(0).role()).isNull();
		assertThat(fixture.sql()).as("no parent has a role key").hasSize(1);
		fixture.clear();
		List<User> all = users.query().orderBy("id").load("role", LoadOptions.batched()).many();
		assertThat(all).extracting((u) -> (u.role() != null) ? u.role().id() : null).containsExactly(1L, 2L, null, 1L);
		assertThat(fixture.statements()).hasSize(2);
		assertThat(keysSent(db, fixture.statements().get(1).binds())).containsExactlyInAnyOrder(1L, 2L);
	}

	@DatabaseTest
	void batchedLoadsSendEachParentKeyOnce(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<Post> posts = fixture.orm().repository(Post.class);
		List<Post> loaded = posts.query().orderBy("id").load("user", LoadOptions.batched()).many();
		assertThat(loaded).extracting((p) -> p.user().id()).containsExactly(1L, 1L, 1L, 1L, 2L, 4L, 4L);
		assertThat(loaded.get(0).user()).isSameAs(loaded.get(3).user());
		assertThat(fixture.statements()).hasSize(2);
		List<Object> binds = fixture.statements().get(1).binds();
		assertThat(keysSent(db, binds)).containsExactlyInAnyOrder(1L, 2L, 4L);
		assertThat(binds).as("one array (PostgreSQL, H2) or JSON text (MariaDB)").hasSize(1);
	}

	@DatabaseTest
	void joinWithAPerParentLimitStaysOneStatementAndMatchesBatched(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree("SELECT id FROM lf_users ORDER BY id",
				"SELECT user_id, id FROM (SELECT user_id, id, ROW_NUMBER() OVER (PARTITION BY user_id "
						+ "ORDER BY score, id) AS rn FROM lf_posts WHERE published = FALSE) x WHERE rn <= 2 "
						+ "ORDER BY user_id, rn");
		assertThat(expected).containsEntry(1L, List.of(4L, 2L)).containsEntry(3L, List.of());
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched())) {
			fixture.clear();
			List<User> loaded = users.query()
				.orderBy("id")
				.limit(3)
				.load("posts", (q) -> q.where("published", false).orderBy("score").limit(2), options)
				.many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(Map.of(1L, expected.get(1L), 2L, expected.get(2L), 3L, expected.get(3L)));
			// three users: one statement each on H2
			assertThat(fixture.sql()).hasSize(
					options.equals(LoadOptions.join()) ? 1 : 1 + StrategyMatrixIntegrationTests.pagedStatements(db, 3));
			StrategyMatrixIntegrationTests.assertPerParentPage(db, fixture.sql().get(fixture.sql().size() - 1),
					options.getStrategy());
		}
	}

	private static List<Object> keysSent(TestDatabase db, List<Object> binds) {
		if (db.kind() == DatabaseKind.MARIADB) {
			return List.copyOf(StatementLog.jsonKeys((String) binds.get(0)));
		}
		if (db.kind() == DatabaseKind.POSTGRESQL || db.kind() == DatabaseKind.H2) {
			Object array = binds.get(0);
			if (array instanceof Object[] values) {
				return List.of(values);
			}
			if (array instanceof java.sql.Array sqlArray) {
				try {
					return List.of((Object[]) sqlArray.getArray());
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}
			if (array instanceof List<?> values) {
				return List.copyOf(values);
			}
			throw new IllegalStateException("unexpected array bind " + array);
		}
		return binds.stream().distinct().toList();
	}

}
