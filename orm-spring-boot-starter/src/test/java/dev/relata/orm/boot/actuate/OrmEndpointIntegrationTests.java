package dev.relata.orm.boot.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.example.blog.BlogApplication;
import com.jayway.jsonpath.JsonPath;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code orm} endpoint and health contributor over HTTP, in the guide's application
 * on each database.
 */
class OrmEndpointIntegrationTests {

	private static ConfigurableApplicationContext start(TestDatabase db) {
		return new SpringApplicationBuilder(BlogApplication.class).properties(Map.of("spring.datasource.url",
				db.jdbcUrl(), "spring.datasource.username", String.valueOf(db.username()), "spring.datasource.password",
				(db.password() != null) ? db.password() : "", "spring.flyway.locations", "classpath:docs-blog/{vendor}",
				"server.port", "0", "management.endpoints.web.exposure.include", "health,orm",
				"management.endpoint.health.show-details", "always"))
			.run();
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = context.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@DatabaseTest
	void theEndpointShowsTheSchemaTheDiagramAndTheLoads(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			assertThat(get(context, "/users").statusCode()).isEqualTo(200);
			HttpResponse<String> response = get(context, "/actuator/orm");
			assertThat(response.statusCode()).isEqualTo(200);
			String json = response.body();
			assertThat(JsonPath.<List<String>>read(json, "$.models[*].name")).containsExactly("Post", "Role", "User");
			assertThat(JsonPath.<String>read(json, "$.models[2].relations[0].foreignKeys[0].onDelete"))
				.isEqualTo("CASCADE");
			assertThat(JsonPath.<String>read(json, "$.models[2].relations[1].foreignKeys[0].onDelete"))
				.isEqualTo("SET_NULL");
			assertThat(JsonPath.<String>read(json, "$.erDiagram")).startsWith("erDiagram");
			assertThat(JsonPath.<List<Integer>>read(json, "$.loads[?(@.relation == 'posts' && @.strategy == 'batched' "
					+ "&& @.reason == 'unbounded-parent-set')].count"))
				.containsExactly(1);
			HttpResponse<String> diagram = get(context, "/actuator/orm/er-diagram");
			assertThat(diagram.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
			assertThat(diagram.body()).startsWith("erDiagram\n")
				.contains("    User ||--o{ Post : \"posts\"")
				.contains("    Role ||--o{ User : \"role\"");
			String quote = (db.kind() == DatabaseKind.MARIADB) ? "`" : "\"";
			// names folded to the database's case (H2 upper-cases) and quoted as it
			// quotes
			assertThat(get(context, "/actuator/orm/foreign-keys").body()).containsIgnoringCase(
					"ALTER TABLE " + quote + "posts" + quote + " ADD CONSTRAINT " + quote + "fk_posts_user_id" + quote);
			assertThat(get(context, "/actuator/orm/nothing").statusCode()).isEqualTo(404);
		}
	}

	@DatabaseTest
	void healthIsUpWithTheSchemaSize(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			String json = get(context, "/actuator/health").body();
			assertThat(JsonPath.<String>read(json, "$.components.orm.status")).isEqualTo("UP");
			assertThat(JsonPath.<Integer>read(json, "$.components.orm.details.models")).isEqualTo(3);
			assertThat(JsonPath.<Integer>read(json, "$.components.orm.details.relations")).isEqualTo(2);
		}
	}

}
