package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import dev.relata.sample.seed.BlogSeed;
import dev.relata.sample.statements.StatementCountHeaderAdvice;
import org.junit.jupiter.api.AfterAll;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading endpoints on each database: what they return, checked against plain SQL,
 * and how many statements they send (never one per user).
 */
class UserReadsIntegrationTests {

	private static final SampleApp.PerDatabase apps = new SampleApp.PerDatabase();

	@AfterAll
	static void stopApplications() {
		apps.close();
	}

	@DatabaseTest
	void aPageOfUsersLoadsPostsAndRolesInThreeStatements(TestDatabase db) {
		SampleApp app = apps.on(db);
		okIn(app, "/api/users?load=posts,role", 3).jsonPath("$.length()")
			.isEqualTo(UserSearch.DEFAULT_LIMIT)
			.jsonPath("$[0].name")
			.isEqualTo("Ada Lovelace")
			.jsonPath("$[0].role.name")
			.isEqualTo("admin")
			.jsonPath("$[0].posts.length()")
			.isEqualTo(count(app, "SELECT COUNT(*) FROM posts WHERE user_id = 1"))
			.jsonPath("$[2].role.name")
			.isEqualTo("reader")
			.jsonPath("$[2].posts.length()")
			.isEqualTo(0)
			.jsonPath("$[0].profile")
			.doesNotExist();
	}

	@DatabaseTest
	void autoJoinsASmallPageAndBatchesALargeOneUnlessAStrategyIsAskedFor(TestDatabase db) {
		SampleApp app = apps.on(db);
		okIn(app, "/api/users?load=posts,role&limit=5", 1);
		okIn(app, "/api/users?load=posts,role&limit=50", 3);
		okIn(app, "/api/users?load=posts,role&limit=5&strategy=batched", 3);
		okIn(app, "/api/users?load=posts,role&limit=50&strategy=join", 1);
		okIn(app, "/api/users?load=posts.tags,role,profile&limit=20", 5);
	}

	@DatabaseTest
	void pagesAreOrderedByKey(TestDatabase db) {
		apps.on(db)
			.client()
			.get()
			.uri("/api/users?limit=3&offset=10")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of(11, 12, 13))
			.jsonPath("$[0].posts")
			.doesNotExist();
	}

	@DatabaseTest
	void existenceFiltersKeepTheUsersWithAPostTaggedJava(TestDatabase db) {
		SampleApp app = apps.on(db);
		List<Integer> expected = app.jdbc()
			.queryForList("SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id) "
					+ "AND EXISTS (SELECT 1 FROM posts p JOIN post_tags pt ON pt.post_id = p.id "
					+ "JOIN tags t ON t.id = pt.tag_id WHERE p.user_id = u.id AND t.name = 'java') "
					+ "ORDER BY u.id LIMIT 100", Integer.class);
		// the filters matter: some, not all, of the authors wrote about java
		assertThat(expected).hasSizeBetween(20, 120);
		okIn(app, "/api/users?has=posts&tag=java&limit=100", 1).jsonPath("$[*].id").isEqualTo(expected);
	}

	@DatabaseTest
	void oneUserLoadsItsPostsWithTheirTagsAndItsProfile(TestDatabase db) {
		SampleApp app = apps.on(db);
		int posts = count(app, "SELECT COUNT(*) FROM posts WHERE user_id = 1");
		List<String> firstTags = app.jdbc()
			.queryForList("SELECT t.name FROM tags t JOIN post_tags pt ON pt.tag_id = t.id WHERE pt.post_id = 1 "
					+ "ORDER BY t.id", String.class);
		// the single parent joins its posts; their tags and the profile (a second
		// relation repeating rows) are batched
		okIn(app, "/api/users/1?load=posts.tags,profile", 3).jsonPath("$.email")
			.isEqualTo("ada.lovelace@example.com")
			.jsonPath("$.profile.bio")
			.isNotEmpty()
			.jsonPath("$.posts.length()")
			.isEqualTo(posts)
			.jsonPath("$.posts[0].tags[*].name")
			.isEqualTo(firstTags);
	}

	@DatabaseTest
	void oneUsersPostsAreReadLazilyInTwoStatements(TestDatabase db) {
		SampleApp app = apps.on(db);
		List<Integer> expected = app.jdbc()
			.queryForList("SELECT id FROM posts WHERE user_id = 2 ORDER BY id DESC", Integer.class);
		assertThat(expected).hasSize(BlogSeed.postsOf(2));
		okIn(app, "/api/users/2/posts", 2).jsonPath("$[*].id").isEqualTo(expected);
	}

	@DatabaseTest
	void theCategoryTreeIsCompleteInOneStatementPerLevel(TestDatabase db) {
		SampleApp app = apps.on(db);
		okIn(app, "/api/categories/tree", 4).jsonPath("$.depth")
			.isEqualTo(4)
			.jsonPath("$.complete")
			.isEqualTo(true)
			.jsonPath("$.roots[*].name")
			.isEqualTo(List.of("Databases", "Operations", "Programming"))
			.jsonPath("$.roots[0].children[*].name")
			.isEqualTo(List.of("Document stores", "Relational"))
			.jsonPath("$.roots[0].children[1].children[*].name")
			.isEqualTo(List.of("H2", "MariaDB", "PostgreSQL"))
			.jsonPath("$..name")
			.value((List<String> names) -> assertThat(names).hasSize(count(app, "SELECT COUNT(*) FROM categories")));
	}

	// GET uri answers 200 after sending the given number of statements
	private static RestTestClient.BodyContentSpec okIn(SampleApp app, String uri, int statements) {
		return app.client()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(StatementCountHeaderAdvice.HEADER, Integer.toString(statements))
			.expectBody();
	}

	private static int count(SampleApp app, String sql) {
		Integer count = app.jdbc().queryForObject(sql, Integer.class);
		return (count != null) ? count : 0;
	}

}
