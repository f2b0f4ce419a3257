package com.example.blog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.relata.orm.boot.verify.RelationVerification;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the application of {@code docs/spring-boot.md} on each database, as the guide
 * starts it, and checks what the guide says it shows: loads over HTTP, the load timer in
 * {@code /actuator/prometheus}, and the foreign keys in Flyway's history.
 */
class SpringBootDocumentationIntegrationTests {

	private static ConfigurableApplicationContext start(TestDatabase db) {
		return new SpringApplicationBuilder(BlogApplication.class).properties(Map.of("spring.datasource.url",
				db.jdbcUrl(), "spring.datasource.username", String.valueOf(db.username()), "spring.datasource.password",
				(db.password() != null) ? db.password() : "", "spring.flyway.locations", "classpath:docs-blog/{vendor}",
				"server.port", "0", "management.endpoints.web.exposure.include", "health,prometheus"))
			.run();
	}

	private static String get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = context.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static int deleteRule(TestDatabase db, String table) throws SQLException {
		try (Connection connection = db.dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String schema = (db.kind() == DatabaseKind.POSTGRESQL) ? db.name() : null;
			String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
			try (ResultSet keys = metaData.getImportedKeys(connection.getCatalog(), schema, name)) {
				assertThat(keys.next()).as("a foreign key on %s", table).isTrue();
				int rule = keys.getInt("DELETE_RULE");
				assertThat(keys.next()).as("one foreign key on %s", table).isFalse();
				return rule;
			}
		}
	}

	@DatabaseTest
	void theGuidesApplicationServesLoadsShowsTheirMetricsAndHasItsForeignKeys(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			assertThat(get(context, "/users")).contains(
					"{\"id\":1,\"name\":\"Ada\",\"roleId\":1,\"posts\":[{\"id\":1,\"title\":\"Notes\",\"userId\":1}],"
							+ "\"role\":{\"id\":1,\"name\":\"admin\"}}")
				.contains("\"name\":\"Alan\",\"roleId\":null,\"posts\":[],\"role\":null");
			assertThat(get(context, "/users/2")).contains("\"title\":\"Compilers\"").contains("\"title\":\"COBOL\"");
			assertThat(get(context, "/actuator/prometheus"))
				.containsPattern("orm_relation_load_seconds_count\\{[^}]*orm_relation=\"posts\",[^}]*"
						+ "orm_strategy=\"batched\",orm_strategy_reason=\"unbounded-parent-set\",[^}]*\\} 1")
				.containsPattern("orm_relation_load_seconds_count\\{[^}]*orm_relation=\"posts\",[^}]*"
						+ "orm_strategy=\"join\",orm_strategy_reason=\"single-parent\",[^}]*\\} 1");
			// Flyway names its history table and columns in lower case, quoted on H2
			String q = (db.kind() == DatabaseKind.H2) ? "\"" : "";
			List<String> descriptions = new JdbcTemplate(db.dataSource()).queryForList("SELECT " + q + "description" + q
					+ " FROM " + q + "flyway_schema_history" + q + " ORDER BY " + q + "installed_rank" + q,
					String.class);
			assertThat(descriptions).filteredOn((description) -> !description.startsWith("<<"))
				.containsExactly("create blog", "relata foreign keys");
			assertThat(deleteRule(db, "posts")).isEqualTo(DatabaseMetaData.importedKeyCascade);
			assertThat(context.getBean(RelationVerification.class).report())
				.hasValueSatisfying((report) -> assertThat(report.findings()).as(report.describe()).isEmpty());
			assertThat(deleteRule(db, "users")).isEqualTo(DatabaseMetaData.importedKeySetNull);
		}
	}

}
