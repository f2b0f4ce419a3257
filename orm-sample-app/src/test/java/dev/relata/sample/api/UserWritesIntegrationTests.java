package dev.relata.sample.api;

import java.util.List;
import java.util.Map;

import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import dev.relata.sample.seed.BlogSeed;
import org.junit.jupiter.api.AfterAll;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writing endpoints on each database: a nested insert and a pivot sync, checked
 * against plain SQL.
 */
class UserWritesIntegrationTests {

	private static final SampleApp.PerDatabase apps = new SampleApp.PerDatabase();

	@AfterAll
	static void stopApplications() {
		apps.close();
	}

	@DatabaseTest
	void createsAUserWithItsRoleProfileAndTaggedPostsInOneCall(TestDatabase db) {
		SampleApp app = apps.on(db);
		String body = """
				{"name": "Alice Example", "email": "alice@example.com", "roleId": 3,
				 "profile": {"bio": "Builds things"},
				 "posts": [{"title": "Hello Relata", "categoryId": 11, "tagIds": [1, 2]},
				           {"title": "A draft", "categoryId": 13, "published": false}]}
				""";
		app.client()
			.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/users/" + BlogSeed.FIRST_GENERATED_KEY)
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo((int) BlogSeed.FIRST_GENERATED_KEY)
			.jsonPath("$.role.name")
			.isEqualTo("author")
			.jsonPath("$.profile.bio")
			.isEqualTo("Builds things")
			.jsonPath("$.posts[*].title")
			.isEqualTo(List.of("Hello Relata", "A draft"))
			.jsonPath("$.posts[0].tags[*].name")
			.isEqualTo(List.of("java", "spring"))
			.jsonPath("$.posts[1].published")
			.isEqualTo(false)
			.jsonPath("$.posts[1].tags")
			.isEmpty();
		Map<String, Object> user = app.jdbc()
			.queryForMap("SELECT name, role_id FROM users WHERE email = 'alice@example.com'");
		assertThat(user.values()).containsExactly("Alice Example", 3L);
		// connect() links tags without pivot extras: added_by stays NULL
		assertThat(app.jdbc()
			.queryForList("SELECT pt.added_by FROM post_tags pt JOIN posts p ON p.id = pt.post_id "
					+ "WHERE p.title = 'Hello Relata'", String.class))
			.containsExactly(null, null);
	}

	@DatabaseTest
	void syncsAPostsTagsAndReportsWhatChanged(TestDatabase db) {
		SampleApp app = apps.on(db);
		List<Long> seeded = BlogSeed.tagsOf(5).stream().sorted().toList();
		assertThat(seeded).containsExactly(2L, 17L);
		app.client()
			.put()
			.uri("/api/posts/5/tags")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[2, 7, 8]")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"attached": [7, 8], "detached": [17]}""");
		app.client()
			.put()
			.uri("/api/posts/5/tags")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[8, 2, 7]")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"attached": [], "detached": []}""");
		assertThat(app.jdbc().queryForList("SELECT tag_id, added_by FROM post_tags WHERE post_id = 5 ORDER BY tag_id"))
			.extracting((row) -> List.copyOf(row.values()))
			.containsExactly(List.of(2L, "seed"), List.of(7L, "api"), List.of(8L, "api"));
	}

	@DatabaseTest
	void anEmptyListDetachesEveryTag(TestDatabase db) {
		SampleApp app = apps.on(db);
		app.client()
			.put()
			.uri("/api/posts/9/tags")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[]")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.attached")
			.isEmpty()
			.jsonPath("$.detached")
			.isEqualTo(BlogSeed.tagsOf(9).stream().sorted().map(Long::intValue).toList());
		assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM post_tags WHERE post_id = 9", Integer.class))
			.isZero();
	}

}
