package dev.relata.orm.load;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.relata.orm.Orm;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.query.RelationQuery;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-parent pages ordered by the related key, batched: on MariaDB through key bounds per
 * parent over the JSON key list (see {@code KeyBoundPages}), elsewhere as before; the
 * same pages on every database and as MariaDB's {@code ROW_NUMBER()} form.
 */
class KeyBoundPagesIntegrationTests {

	/**
	 * Posts per user: 1 -> 1, 2, 3, 4 (1 and 3 published); 2 -> 5; 3 -> none; 4 -> 6, 7
	 * (7 published).
	 */
	private static final Map<String, Page> PAGES = Map
		.of("latest two",
				new Page((q) -> q.orderBy("id", Direction.DESC).limit(2),
						Map.of(1L, List.of(4L, 3L), 2L, List.of(5L), 3L, List.of(), 4L, List.of(7L, 6L))),
				"second and third",
				new Page((q) -> q.orderBy("id").offset(1).limit(2),
						Map.of(1L, List.of(2L, 3L), 2L, List.of(), 3L, List.of(), 4L, List.of(7L))),
				"all but the latest",
				new Page((q) -> q.orderBy("id", Direction.DESC).offset(1),
						Map.of(1L, List.of(3L, 2L, 1L), 2L, List.of(), 3L, List.of(), 4L, List.of(6L))),
				"latest published",
				new Page((q) -> q.where("published", true).orderBy("id", Direction.DESC).limit(1),
						Map.of(1L, List.of(3L), 2L, List.of(), 3L, List.of(), 4L, List.of(7L))),
				"first two by default", new Page((q) -> q.limit(2),
						Map.of(1L, List.of(1L, 2L), 2L, List.of(5L), 3L, List.of(), 4L, List.of(6L, 7L))));

	@DatabaseTest
	void pagesOrderedByTheRelatedKeyEqualTheirWindowQuery(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		Orm orm = fixture.orm();
		PAGES.forEach((name, page) -> {
			fixture.clear();
			List<User> users = orm.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts", page.query(), LoadOptions.batched())
				.many();
			assertThat(LoadingFixture.tree(users, User::id, User::posts, Post::id)).as(name).isEqualTo(page.expected());
			assertThat(fixture.sql()).hasSize(1 + StrategyMatrixIntegrationTests.pagedStatements(db, 4));
			if (db.kind() == DatabaseKind.MARIADB) {
				assertThat(fixture.sql().get(1)).as(name)
					.containsAnyOf("AS `relata_last`", "AS `relata_before`")
					.doesNotContain("ROW_NUMBER()");
			}
		});
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void keyBoundsReadWhatRowNumbersRead(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		// the MySQL dialect speaks MariaDB's syntax with IN lists and ROW_NUMBER()
		Orm rowNumbers = fixture.orm(Dialects.MYSQL, (s) -> {
		});
		Orm keyBounds = fixture.orm();
		PAGES.forEach((name, page) -> {
			List<User> expected = rowNumbers.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts", page.query(), LoadOptions.batched())
				.many();
			List<User> actual = keyBounds.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts", page.query(), LoadOptions.batched())
				.many();
			assertThat(actual).as(name).isEqualTo(expected);
		});
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void explainShowsTheKeyBoundsAndTheirSql(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		QueryPlan plan = fixture.orm()
			.repository(User.class)
			.query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(3))
			.load("tags", (q) -> q.limit(3))
			.explain();
		QueryPlan.RelationStep posts = plan.relation("posts");
		assertThat(posts.sql()).isEqualTo("SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` "
				+ "FROM (SELECT DISTINCT t1k.`relata_parent_key`, (SELECT t1l.`id` FROM `lf_posts` t1l "
				+ "WHERE t1l.`user_id` = t1k.`relata_parent_key` ORDER BY t1l.`id` DESC LIMIT ? OFFSET ?) "
				+ "AS `relata_last` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) t1b "
				+ "INNER JOIN `lf_posts` t1 ON t1.`user_id` = t1b.`relata_parent_key` AND "
				+ "(t1b.`relata_last` IS NULL OR t1.`id` >= t1b.`relata_last`) "
				+ "ORDER BY t1.`user_id` ASC, t1.`id` DESC");
		assertThat(posts.bindCount()).isEqualTo(3);
		assertThat(posts.chunking()).endsWith("per-parent limit through key bounds (each parent's last key on the "
				+ "page, then its rows from there)");
		// a many-to-many pages through its join model: ROW_NUMBER() as before
		assertThat(plan.relation("tags").sql()).contains("ROW_NUMBER() OVER (PARTITION BY");
		assertThat(plan.relation("tags").chunking()).endsWith("per-parent limit through a ROW_NUMBER() derived table");
	}

	private record Page(Consumer<RelationQuery<?>> query, Map<Long, List<Long>> expected) {
	}

}
