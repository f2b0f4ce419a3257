package dev.relata.orm.load;

import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.internal.sql.JsonArrayText;
import dev.relata.orm.load.LoadingFixture.Post;
import dev.relata.orm.load.LoadingFixture.Tag;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key list of a batched load in each database's form: one array on PostgreSQL and H2
 * ({@code = ANY(?)}), one JSON text on MariaDB
 * ({@code IN (SELECT ... FROM JSON_TABLE(?, ...))}); exact SQL per dialect, the same
 * graph as an {@code IN} list (the MySQL dialect on MariaDB) and as plain SQL.
 */
class KeyListFormIntegrationTests {

	@DatabaseTest
	void aBatchedLoadSendsItsParentKeysAsOneParameter(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		QueryPlan plan = fixture.orm()
			.repository(User.class)
			.query()
			.orderBy("id")
			.load("posts", (q) -> q.load("tags"), LoadOptions.batched())
			.explain();
		String posts = plan.relation("posts").sql();
		String tags = plan.relation("posts.tags").sql();
		switch (db.kind()) {
			case POSTGRESQL -> {
				assertThat(posts).isEqualTo("SELECT t1.\"id\", t1.\"title\", t1.\"user_id\", t1.\"score\", "
						+ "t1.\"published\" FROM \"lf_posts\" t1 WHERE t1.\"user_id\" = ANY(?) "
						+ "ORDER BY t1.\"user_id\" ASC, t1.\"id\" ASC");
				assertThat(tags).isEqualTo("SELECT t2j.\"post_id\", t2.\"id\", t2.\"name\" FROM \"lf_tags\" t2 "
						+ "INNER JOIN \"lf_post_tags\" t2j ON t2j.\"tag_id\" = t2.\"id\" WHERE t2j.\"post_id\" = ANY(?) "
						+ "ORDER BY t2j.\"post_id\" ASC, t2.\"id\" ASC");
			}
			case H2 -> {
				assertThat(posts).isEqualTo("SELECT t1.\"ID\", t1.\"TITLE\", t1.\"USER_ID\", t1.\"SCORE\", "
						+ "t1.\"PUBLISHED\" FROM \"LF_POSTS\" t1 WHERE t1.\"USER_ID\" = ANY(?) "
						+ "ORDER BY t1.\"USER_ID\" ASC, t1.\"ID\" ASC");
				assertThat(tags).isEqualTo("SELECT t2j.\"POST_ID\", t2.\"ID\", t2.\"NAME\" FROM \"LF_TAGS\" t2 "
						+ "INNER JOIN \"LF_POST_TAGS\" t2j ON t2j.\"TAG_ID\" = t2.\"ID\" WHERE t2j.\"POST_ID\" = ANY(?) "
						+ "ORDER BY t2j.\"POST_ID\" ASC, t2.\"ID\" ASC");
			}
			case MARIADB -> {
				assertThat(posts).isEqualTo("SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` "
						+ "FROM `lf_posts` t1 WHERE t1.`user_id` IN (SELECT t1k.`relata_parent_key` FROM "
						+ "JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) "
						+ "ORDER BY t1.`user_id` ASC, t1.`id` ASC");
				assertThat(tags).isEqualTo("SELECT t2j.`post_id`, t2.`id`, t2.`name` FROM `lf_tags` t2 "
						+ "INNER JOIN `lf_post_tags` t2j ON t2j.`tag_id` = t2.`id` WHERE t2j.`post_id` IN "
						+ "(SELECT t2k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` "
						+ "BIGINT PATH '$')) t2k) ORDER BY t2j.`post_id` ASC, t2.`id` ASC");
			}
		}
		assertThat(plan.relation("posts").bindCount()).isOne();
		assertThat(plan.relation("posts.tags").bindCount()).isOne();

		List<User> users = fixture.orm()
			.repository(User.class)
			.query()
			.orderBy("id")
			.load("posts", (q) -> q.load("tags"), LoadOptions.batched())
			.many();
		assertThat(fixture.sql()).containsExactly(plan.sql(), posts, tags);
		assertThat(fixture.statements().get(1).binds()).singleElement()
			.isEqualTo((db.kind() == DatabaseKind.MARIADB) ? "[1,2,3,4]" : List.of(1L, 2L, 3L, 4L));
		assertThat(LoadingFixture.tree(users, User::id, User::posts, Post::id)).isEqualTo(fixture
			.tree("SELECT id FROM lf_users ORDER BY id", "SELECT user_id, id FROM lf_posts ORDER BY user_id, id"));
		Map<Long, List<Long>> postTags = fixture.tree("SELECT id FROM lf_posts ORDER BY id",
				"SELECT post_id, tag_id FROM lf_post_tags ORDER BY post_id, tag_id");
		users.forEach((user) -> user.posts()
			.forEach((post) -> assertThat(post.tags()).extracting(Tag::id).isEqualTo(postTags.get(post.id()))));
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void aJsonKeyListLoadsWhatAnInListLoads(TestDatabase db) {
		LoadingFixture fixture = LoadingFixture.create(db);
		// the MySQL dialect speaks MariaDB's syntax with IN lists
		Orm inLists = fixture.orm(Dialects.MYSQL, (s) -> {
		});
		Orm json = fixture.orm();
		for (LoadOptions options : List.of(LoadOptions.batched(), LoadOptions.defaults())) {
			fixture.clear();
			List<User> viaInList = inLists.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(2).load("tags"), options)
				.load("tags", options)
				.load("role", options)
				.many();
			assertThat(fixture.sql()).hasSize(5).allSatisfy((sql) -> assertThat(sql).doesNotContain("JSON_TABLE"));
			fixture.clear();
			List<User> viaJson = json.repository(User.class)
				.query()
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(2).load("tags"), options)
				.load("tags", options)
				.load("role", options)
				.many();
			assertThat(fixture.sql()).hasSize(5);
			assertThat(fixture.sql().subList(1, 5)).allSatisfy((sql) -> assertThat(sql).contains("JSON_TABLE(?, "));
			assertThat(viaJson).isEqualTo(viaInList);
		}
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void jsonKeyListTextReadsBackTheValuesItWasGiven(TestDatabase db) {
		List<String> texts = List.of("plain", "a\"b", "back\\slash", "line\nfeed", "tab\t", "\u0001", "é€😀",
				"') OR 1=1 --", "");
		List<String> read = db.jdbc()
			.queryForList("SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS(v VARCHAR(100) PATH '$')) t", String.class,
					JsonArrayText.of(texts));
		assertThat(read).isEqualTo(texts);
		List<Long> numbers = List.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE);
		assertThat(db.jdbc()
			.queryForList("SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS(v BIGINT PATH '$')) t", Long.class,
					JsonArrayText.of(numbers)))
			.isEqualTo(numbers);
	}

}
