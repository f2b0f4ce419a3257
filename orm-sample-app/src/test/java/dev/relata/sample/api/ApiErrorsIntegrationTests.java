package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on each database: a 400 (or a 404 for a missing key) as
 * {@code application/problem+json} that names the field or the unknown relation and the
 * ones that exist, never a 500 or a stack trace.
 */
class ApiErrorsIntegrationTests {

	private static final SampleApp.PerDatabase apps = new SampleApp.PerDatabase();

	private static final List<String> USER_RELATIONS = List.of("comments", "posts", "profile", "role");

	@AfterAll
	static void stopApplications() {
		apps.close();
	}

	@DatabaseTest
	void anUnknownRelationIsNamedWithTheRelationsThatExist(TestDatabase db) {
		SampleApp app = apps.on(db);
		for (String uri : List.of("/api/users?load=post", "/api/explain?load=role,post", "/api/loads?load=post",
				"/api/users/1?load=post")) {
			problem(app, HttpMethod.GET, uri, null, HttpStatus.BAD_REQUEST).jsonPath("$.title")
				.isEqualTo("Unknown relation")
				.jsonPath("$.field")
				.isEqualTo("load")
				.jsonPath("$.relation")
				.isEqualTo("post")
				.jsonPath("$.existing")
				.isEqualTo(USER_RELATIONS)
				.jsonPath("$.detail")
				.isEqualTo("User has no relation 'post'; it has: comments, posts, profile, role");
		}
		problem(app, HttpMethod.GET, "/api/users?load=posts.tagz", null, HttpStatus.BAD_REQUEST).jsonPath("$.model")
			.isEqualTo("Post")
			.jsonPath("$.path")
			.isEqualTo("posts.tagz")
			.jsonPath("$.existing")
			.isEqualTo(List.of("category", "comments", "tags", "user"));
		problem(app, HttpMethod.GET, "/api/users?has=postz", null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("has")
			.jsonPath("$.relation")
			.isEqualTo("postz");
		problem(app, HttpMethod.GET, "/api/users?load=posts..tags", null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("load");
	}

	@DatabaseTest
	void aBadStrategyLimitOrOffsetIsNamed(TestDatabase db) {
		SampleApp app = apps.on(db);
		problem(app, HttpMethod.GET, "/api/users?strategy=fastest", null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("strategy")
			.jsonPath("$.detail")
			.isEqualTo("strategy must be one of auto, join, batched, not 'fastest'");
		for (String limit : List.of("0", "101", "ten", "-1")) {
			problem(app, HttpMethod.GET, "/api/users?limit=" + limit, null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
				.isEqualTo("limit")
				.jsonPath("$.detail")
				.isEqualTo("limit must be a whole number from 1 to 100, not '" + limit + "'");
		}
		problem(app, HttpMethod.GET, "/api/explain?offset=-5", null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("offset");
		problem(app, HttpMethod.GET, "/api/users/abc", null, HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("id")
			.jsonPath("$.detail")
			.isEqualTo("id must be a number, not 'abc'");
	}

	@DatabaseTest
	void aStrategyThatCannotDoWhatWasAskedNamesTheAlternative(TestDatabase db) {
		problem(apps.on(db), HttpMethod.GET, "/api/users?load=posts,comments&strategy=join", null,
				HttpStatus.BAD_REQUEST)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("comments").contains("LoadOptions.batched()"));
	}

	@DatabaseTest
	void aMissingKeyIsA404(TestDatabase db) {
		SampleApp app = apps.on(db);
		problem(app, HttpMethod.GET, "/api/users/9999", null, HttpStatus.NOT_FOUND).jsonPath("$.title")
			.isEqualTo("User not found")
			.jsonPath("$.id")
			.isEqualTo(9999);
		problem(app, HttpMethod.GET, "/api/users/9999/posts", null, HttpStatus.NOT_FOUND).jsonPath("$.model")
			.isEqualTo("User");
		problem(app, HttpMethod.PUT, "/api/posts/99999/tags", "[1]", HttpStatus.NOT_FOUND).jsonPath("$.model")
			.isEqualTo("Post");
		problem(app, HttpMethod.GET, "/api/nothing-here", null, HttpStatus.NOT_FOUND);
	}

	@DatabaseTest
	void anInvalidNewUserNamesEveryBadField(TestDatabase db) {
		SampleApp app = apps.on(db);
		problem(app, HttpMethod.POST, "/api/users", """
				{"name": " ", "email": "not-an-address", "posts": [{"categoryId": 1}]}""", HttpStatus.BAD_REQUEST)
			.jsonPath("$.title")
			.isEqualTo("Invalid request body")
			.jsonPath("$.field")
			.isEqualTo("email")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("email", "name", "posts[0].title"));
		problem(app, HttpMethod.POST, "/api/users", """
				{"name": "Bob", "email": "bob@example.com", "roleId": 99,
				 "posts": [{"title": "x", "categoryId": 999, "tagIds": [1, 77]}]}""", HttpStatus.BAD_REQUEST)
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("roleId", "posts[0].categoryId", "posts[0].tagIds"))
			.jsonPath("$.errors[2].message")
			.isEqualTo("no tag has the keys [77]");
		problem(app, HttpMethod.POST, "/api/users", """
				{"name": "Ada", "email": "ada.lovelace@example.com"}""", HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("email");
		problem(app, HttpMethod.POST, "/api/users", """
				{"name": "Bob", "email": "bob@example.com", "posts": [{"title": "x", "categoryId": "one"}]}""",
				HttpStatus.BAD_REQUEST)
			.jsonPath("$.field")
			.isEqualTo("posts[0].categoryId");
		problem(app, HttpMethod.POST, "/api/users", "{not json", HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("body");
		assertThat(
				app.jdbc().queryForObject("SELECT COUNT(*) FROM users WHERE email = 'bob@example.com'", Integer.class))
			.isZero();
	}

	@DatabaseTest
	void badTagKeysAreNamed(TestDatabase db) {
		SampleApp app = apps.on(db);
		problem(app, HttpMethod.PUT, "/api/posts/1/tags", "[1, null]", HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("body[1]");
		problem(app, HttpMethod.PUT, "/api/posts/1/tags", "[1, \"x\"]", HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("body[1]");
		problem(app, HttpMethod.PUT, "/api/posts/1/tags", "[1, 404]", HttpStatus.BAD_REQUEST).jsonPath("$.detail")
			.isEqualTo("body: no tag has the keys [404]");
		problem(app, HttpMethod.PUT, "/api/posts/1/tags", "{\"tags\": [1]}", HttpStatus.BAD_REQUEST).jsonPath("$.field")
			.isEqualTo("body");
	}

	private static RestTestClient.BodyContentSpec problem(SampleApp app, HttpMethod method, String uri,
			@Nullable String body, HttpStatus status) {
		RestTestClient.RequestBodySpec request = app.client().method(method).uri(uri);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status.value())
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

}
