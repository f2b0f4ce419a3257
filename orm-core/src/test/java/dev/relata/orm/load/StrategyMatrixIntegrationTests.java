package dev.relata.orm.load;

import java.util.List;
import java.util.Map;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Category;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.Profile;
import dev.relata.orm.load.LoadingFixture.Role;
import dev.relata.orm.load.LoadingFixture.Tag;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relation kind, and a self-reference both ways, loads the graph hand-written SQL
 * gives under JOIN, BATCHED and AUTO, in the statements each strategy promises.
 */
class StrategyMatrixIntegrationTests {

	private static final List<LoadOptions> STRATEGIES = List.of(LoadOptions.join(), LoadOptions.batched(),
			LoadOptions.defaults());

	private static final String USER_IDS = "SELECT id FROM lf_users ORDER BY id";

	@DatabaseTest
	void hasManyLoadsTheSameChildrenInKeyOrderUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree(USER_IDS,
				"SELECT user_id, id FROM lf_posts ORDER BY user_id, id");
		assertThat(expected).containsEntry(3L, List.of()).containsEntry(1L, List.of(1L, 2L, 3L, 4L));
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("posts", options).many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::posts, Post::id)).as(options.toString())
				.isEqualTo(expected);
			assertThat(loaded.get(2).posts()).isEmpty();
			assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void belongsToLoadsOneSharedInstancePerKeyUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, @Nullable Long> expected = fixture
			.links("SELECT u.id, r.id FROM lf_users u LEFT JOIN lf_roles r ON r.id = u.role_id ORDER BY u.id");
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("role", options).many();
			assertThat(LoadingFixture.links(loaded, User::id, User::role, Role::id)).as(options.toString())
				.isEqualTo(expected);
			assertThat(loaded.get(2).role()).isNull();
			assertThat(loaded.get(0).role()).as(options.toString()).isSameAs(loaded.get(3).role());
			assertThat(loaded.get(0).role().name()).isEqualTo("admin");
			assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void hasOneLoadsTheChildOrNullUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, @Nullable Long> expected = fixture
			.links("SELECT u.id, p.id FROM lf_users u LEFT JOIN lf_profiles p ON p.user_id = u.id ORDER BY u.id");
		assertThat(expected.get(2L)).isNull();
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("profile", options).many();
			assertThat(LoadingFixture.links(loaded, User::id, User::profile, Profile::id)).as(options.toString())
				.isEqualTo(expected);
			assertThat(loaded.get(3).profile().bio()).isEqualTo("kernel");
			assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void manyToManyLoadsTheTargetsThroughTheJoinModelUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		Map<Long, List<Long>> expected = fixture.tree(USER_IDS,
				"SELECT ut.user_id, t.id FROM lf_user_tags ut JOIN lf_tags t ON t.id = ut.tag_id ORDER BY ut.user_id, t.id");
		assertThat(expected).containsEntry(4L, List.of(1L, 4L));
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<User> loaded = users.query().orderBy("id").load("tags", options).many();
			assertThat(LoadingFixture.tree(loaded, User::id, User::tags, Tag::id)).as(options.toString())
				.isEqualTo(expected);
			assertThat(loaded.get(0).tags().get(0)).as(options.toString()).isSameAs(loaded.get(3).tags().get(0));
			assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void selfReferenceLoadsChildrenAndParentUnderEveryStrategy(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<Category> categories = fixture.orm().repository(Category.class);
		Map<Long, List<Long>> children = fixture.tree("SELECT id FROM lf_categories ORDER BY id",
				"SELECT parent_id, id FROM lf_categories WHERE parent_id IS NOT NULL ORDER BY parent_id, id");
		Map<Long, @Nullable Long> parents = fixture.links(
				"SELECT c.id, p.id FROM lf_categories c LEFT JOIN lf_categories p ON p.id = c.parent_id ORDER BY c.id");
		assertThat(children).containsEntry(1L, List.of(2L, 3L)).containsEntry(5L, List.of());
		for (LoadOptions options : STRATEGIES) {
			fixture.clear();
			List<Category> loaded = categories.query().orderBy("id").load("children", options).many();
			assertThat(LoadingFixture.tree(loaded, Category::id, Category::children, Category::id))
				.as(options.toString())
				.isEqualTo(children);
			assertStatements(db, fixture, options);
			fixture.clear();
			loaded = categories.query().orderBy("id").load("parent", options).many();
			assertThat(LoadingFixture.links(loaded, Category::id, Category::parent, Category::id))
				.as(options.toString())
				.isEqualTo(parents);
			assertThat(loaded.get(1).parent()).isSameAs(loaded.get(2).parent());
			assertThat(loaded.get(1).parent().children()).as("unloaded slot of a loaded parent").isNull();
			assertStatements(db, fixture, options);
		}
	}

	@DatabaseTest
	void boundedAutoJoinsEveryKindInOneStatement(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		OrmRepository<User> users = fixture.orm().repository(User.class);
		for (String relation : List.of("posts", "role", "profile", "tags")) {
			fixture.clear();
			List<User> auto = users.query().whereIn("id", List.of(1L, 2L, 3L)).orderBy("id").load(relation).many();
			assertThat(fixture.sql()).as(relation).hasSize(1);
			assertThat(fixture.sql().get(0)).contains("LEFT JOIN");
			List<User> batched = users.query()
				.whereIn("id", List.of(1L, 2L, 3L))
				.orderBy("id")
				.load(relation, LoadOptions.batched())
				.many();
			assertThat(summary(auto, relation)).as(relation).isEqualTo(summary(batched, relation));
		}
	}

	private static String summary(List<User> users, String relation) {
		return switch (relation) {
			case "posts" -> LoadingFixture.tree(users, User::id, User::posts, Post::id).toString();
			case "tags" -> LoadingFixture.tree(users, User::id, User::tags, Tag::id).toString();
			case "role" -> LoadingFixture.links(users, User::id, User::role, Role::id).toString();
			default -> LoadingFixture.links(users, User::id, User::profile, Profile::id).toString();
		};
	}

	static void assertStatements(TestDatabase db, LoadingFixture fixture, LoadOptions options) {
		assertStatements(db, fixture, options, false);
	}

	/**
	 * Asserts the statements of a load of one relation: one with a {@code LEFT JOIN} for
	 * JOIN, else the root's and the relation's, which sends the parent keys as
	 * {@link #batchedKeys(TestDatabase, boolean)} says.
	 */
	static void assertStatements(TestDatabase db, LoadingFixture fixture, LoadOptions options, boolean pagedPerParent) {
		List<String> sql = fixture.sql();
		if (options.getStrategy() == LoadStrategy.JOIN) {
			assertThat(sql).as(options.toString()).hasSize(1);
			assertThat(sql.get(0)).contains("LEFT JOIN");
		}
		else {
			assertThat(sql).as(options + " " + sql).hasSize(2);
			assertThat(sql.get(0)).doesNotContain("JOIN");
			assertThat(sql.get(1)).contains(batchedKeys(db, pagedPerParent));
		}
	}

	/**
	 * Asserts the statements of a load of one relation limited per parent: one with a
	 * {@code LEFT JOIN} for JOIN; else the root's and the relation's, which sends the
	 * parent keys as {@link #batchedKeys(TestDatabase, boolean)} says, or, where the
	 * dialect prefers per-parent statements (H2), one statement per parent, all of the
	 * same SQL.
	 */
	static void assertPagedStatements(TestDatabase db, LoadingFixture fixture, LoadOptions options, int parents) {
		if (options.getStrategy() == LoadStrategy.JOIN || !db.dialect().prefersPerParentStatements()) {
			assertStatements(db, fixture, options, true);
			return;
		}
		List<String> sql = fixture.sql();
		assertThat(sql).as(options + " " + sql).hasSize(1 + parents);
		assertThat(sql.get(0)).doesNotContain("JOIN");
		assertThat(sql.subList(1, sql.size())).containsOnly(sql.get(1));
	}

	static String batchedKeys(TestDatabase db) {
		return batchedKeys(db, false);
	}

	/**
	 * How a batched statement sends its parent keys (of type {@code BIGINT}): one array
	 * on PostgreSQL ({@code unnest(?)} rows when the relation is paged per parent, else
	 * {@code = ANY(?)}) and on H2 ({@code = ANY(?)}), one JSON text on MariaDB
	 * ({@code IN (SELECT ... FROM JSON_TABLE(?, ...))}).
	 */
	static String batchedKeys(TestDatabase db, boolean pagedPerParent) {
		return switch (db.kind()) {
			case POSTGRESQL -> pagedPerParent ? "FROM unnest(?) AS " : "= ANY(";
			case H2 -> " = ANY(?)";
			case MARIADB ->
				"k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$'))";
		};
	}

	/**
	 * Asserts how a statement pages a relation per parent: on PostgreSQL a BATCHED (or
	 * AUTO, which batches it) load reads each parent's page with
	 * {@code CROSS JOIN LATERAL (... LIMIT ?)} over {@code unnest(?)} and a JOIN with
	 * {@code LEFT JOIN LATERAL (...) ON 1=1}; on MariaDB a BATCHED load ordered by the
	 * related key alone reads key bounds per parent; any other load on MariaDB and H2
	 * numbers the rows with {@code ROW_NUMBER()}.
	 */
	static void assertPerParentPage(TestDatabase db, String sql, LoadStrategy strategy) {
		if (db.kind() == DatabaseKind.MARIADB && strategy != LoadStrategy.JOIN && sql.contains("AS `relata_")
				&& !sql.contains("relata_rn")) {
			assertThat(sql).containsPattern("\\) AS `relata_(last|before)`").doesNotContain("LATERAL");
		}
		else if (db.kind() == DatabaseKind.H2 && strategy != LoadStrategy.JOIN) {
			// one statement per parent, its page cut inside
			assertThat(sql).containsPattern("\\.\"[A-Z_]+\" = \\? ")
				.containsPattern("(LIMIT|OFFSET) \\?\\) t\\d+ ")
				.doesNotContain("ROW_NUMBER()")
				.doesNotContain("ANY(");
		}
		else if (db.kind() != DatabaseKind.POSTGRESQL) {
			assertThat(sql).contains("ROW_NUMBER() OVER (PARTITION BY").doesNotContain("LATERAL");
		}
		else if (strategy == LoadStrategy.JOIN) {
			assertThat(sql).contains(" LEFT JOIN LATERAL (SELECT ")
				.contains(" ON 1=1")
				.doesNotContain("unnest(")
				.doesNotContain("ROW_NUMBER()")
				.doesNotContain("relata_rn");
		}
		else {
			assertThat(sql).contains(" CROSS JOIN LATERAL (")
				.containsPattern("FROM unnest\\(\\?\\) AS t\\d+k\\(")
				.doesNotContain("ROW_NUMBER()")
				.doesNotContain("relata_rn");
		}
	}

	/**
	 * The statements a BATCHED relation limited per parent runs for a number of parents:
	 * one, or one per parent where the dialect prefers per-parent statements (H2).
	 */
	static int pagedStatements(TestDatabase db, int parents) {
		return db.dialect().prefersPerParentStatements() ? parents : 1;
	}

	/**
	 * AUTO's reason for a to-many relation limited per parent on a database.
	 */
	static LoadReason pagedReason(TestDatabase db) {
		return db.dialect().prefersPerParentStatements() ? LoadReason.PER_PARENT_STATEMENTS
				: LoadReason.TO_MANY_WITH_LIMIT;
	}

	static boolean lateral(TestDatabase db, LoadStrategy strategy) {
		return strategy != LoadStrategy.JOIN && db.kind() == DatabaseKind.POSTGRESQL;
	}

}
