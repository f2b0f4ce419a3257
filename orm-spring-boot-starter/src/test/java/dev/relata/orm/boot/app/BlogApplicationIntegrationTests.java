package dev.relata.orm.boot.app;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.Role;
import dev.relata.orm.boot.autoconfigure.blog.User;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The starter in a whole Spring Boot application on each database: Flyway creates the
 * tables, the starter adds the foreign keys, repositories are injected by type, loads are
 * timed by strategy and reason, and a transactional service is atomic.
 */
class BlogApplicationIntegrationTests {

	private static final String POSTS_FK_CHECK = "fk_posts_user_id";

	static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl(),
				"spring.datasource.username=" + nullToEmpty(db.username()),
				"spring.datasource.password=" + nullToEmpty(db.password()),
				"spring.flyway.locations=classpath:db/blog/{vendor}", "spring.datasource.hikari.maximum-pool-size=3",
				"management.prometheus.metrics.export.enabled=true"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(BlogTestApplication.class, StatementLog.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	@SuppressWarnings("unchecked")
	static <T> OrmRepository<T> repository(ConfigurableApplicationContext context, Class<T> model) {
		return (OrmRepository<T>) context
			.getBeanProvider(ResolvableType.forClassWithGenerics(OrmRepository.class, model))
			.getObject();
	}

	static void clear(TestDatabase db) {
		db.execute("DELETE FROM posts", "DELETE FROM users", "DELETE FROM roles");
	}

	@DatabaseTest
	void loadsAreTimedByTheStrategyThatRanTheOneRequestedAndTheReason(TestDatabase db) {
		try (ConfigurableApplicationContext context = start(db)) {
			clear(db);
			OrmRepository<User> users = repository(context, User.class);
			OrmRepository<Post> posts = repository(context, Post.class);
			OrmRepository<Role> roles = repository(context, Role.class);
			Role admin = roles.insert(new Role(null, "admin"));
			List<Long> ids = new ArrayList<>();
			for (String name : List.of("Ada", "Grace", "Alan")) {
				User user = users.insert(new User(name, admin.id()));
				ids.add(user.id());
				posts.insert(new Post(null, name + "'s first", user.id()));
				posts.insert(new Post(null, name + "'s second", user.id()));
			}
			StatementLog log = context.getBean(StatementLog.class);

			log.clear();
			User ada = users.query().whereKey(ids.get(0)).load("posts").one().orElseThrow();
			assertThat(ada.posts()).extracting(Post::title).containsExactly("Ada's first", "Ada's second");
			assertThat(log.selects()).as("AUTO, one parent: one JOIN").hasSize(1);

			log.clear();
			List<User> all = users.query().orderBy("id").load("posts").load("role").many();
			assertThat(all).extracting((user) -> user.posts().size()).containsExactly(2, 2, 2);
			assertThat(all).extracting((user) -> user.role().name()).containsOnly("admin");
			assertThat(log.selects()).as("AUTO, unbounded: one batched statement per relation").hasSize(3);

			log.clear();
			users.query().orderBy("id").load("posts", LoadOptions.strategy(LoadStrategy.JOIN)).many();
			assertThat(log.selects()).as("JOIN").hasSize(1);
			log.clear();
			users.query().whereKey(ids.get(1)).load("posts", LoadOptions.batched()).one();
			assertThat(log.selects()).as("BATCHED").hasSize(2);

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(loadCount(meters, "posts", "join", "auto", "single-parent")).isOne();
			assertThat(loadCount(meters, "posts", "batched", "auto", "unbounded-parent-set")).isOne();
			assertThat(loadCount(meters, "role", "batched", "auto", "unbounded-parent-set")).isOne();
			assertThat(loadCount(meters, "posts", "join", "join", "explicit")).isOne();
			assertThat(loadCount(meters, "posts", "batched", "batched", "explicit")).isOne();
			assertThat(meters.get("orm.relation.batch.size")
				.tags("orm.relation", "posts", "orm.strategy.reason", "unbounded-parent-set")
				.summary()
				.totalAmount()).isEqualTo(3.0);
			assertThat(context.getBean(PrometheusMeterRegistry.class).scrape())
				.containsPattern("orm_relation_load_seconds_count\\{[^}]*orm_relation=\"posts\",[^}]*"
						+ "orm_strategy=\"batched\",orm_strategy_reason=\"unbounded-parent-set\",[^}]*\\} 1");
		}
	}

	private static long loadCount(MeterRegistry meters, String relation, String strategy, String requested,
			String reason) {
		return meters.get("orm.relation.load")
			.tags("orm.model", "User", "orm.relation", relation, "orm.strategy", strategy, "orm.strategy.requested",
					requested, "orm.strategy.reason", reason)
			.timer()
			.count();
	}

	@DatabaseTest
	void aTransactionalServiceThatFailsAfterWritingThroughTwoRepositoriesLeavesNothingBehind(TestDatabase db) {
		try (ConfigurableApplicationContext context = start(db)) {
			clear(db);
			UserService service = context.getBean(UserService.class);
			assertThatIllegalStateException().isThrownBy(() -> service.register("Barbara", "Liskov", true));
			assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM users", Integer.class)).isZero();
			assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Integer.class)).isZero();
			User edsger = service.register("Edsger", "Go To", false);
			assertThat(repository(context, User.class).query().whereKey(edsger.id()).load("posts").one())
				.hasValueSatisfying(
						(user) -> assertThat(user.posts()).extracting(Post::title).containsExactly("Go To"));
		}
	}

	@DatabaseTest
	void theDeclaredForeignKeysAreMigratedAndFollowTheDeclarationAcrossRestarts(TestDatabase db) throws SQLException {
		try (ConfigurableApplicationContext context = start(db)) {
			assertThat(deleteRule(context, db)).isEqualTo(DatabaseMetaData.importedKeyCascade);
			assertThat(relataMigrationRuns(db)).isEqualTo(1);
			clear(db);
			User user = repository(context, User.class).insert(new User("Ada", null));
			repository(context, Post.class).insert(new Post(null, "first", user.id()));
			repository(context, User.class).delete(user);
			assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Integer.class))
				.as("ON DELETE CASCADE deleted the post")
				.isZero();
		}
		try (ConfigurableApplicationContext context = start(db)) {
			assertThat(relataMigrationRuns(db)).as("an unchanged declaration does not run again").isEqualTo(1);
			assertThat(deleteRule(context, db)).isEqualTo(DatabaseMetaData.importedKeyCascade);
		}
		try (ConfigurableApplicationContext context = start(db, "blog.posts.on-delete=RESTRICT")) {
			assertThat(relataMigrationRuns(db)).as("a changed onDelete runs it again").isEqualTo(2);
			assertThat(deleteRule(context, db)).isIn(DatabaseMetaData.importedKeyRestrict,
					(db.kind() == DatabaseKind.MARIADB) ? DatabaseMetaData.importedKeyNoAction
							: DatabaseMetaData.importedKeyRestrict);
		}
	}

	private static int relataMigrationRuns(TestDatabase db) {
		// Flyway names its history table and columns in lower case, quoted on H2
		String q = (db.kind() == DatabaseKind.H2) ? "\"" : "";
		return new JdbcTemplate(db.dataSource()).queryForObject("SELECT COUNT(*) FROM " + q + "flyway_schema_history"
				+ q + " WHERE " + q + "description" + q + " = ? AND " + q + "success" + q + " = ?", Integer.class,
				"relata foreign keys", true);
	}

	private static int deleteRule(ConfigurableApplicationContext context, TestDatabase db) throws SQLException {
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String table = metaData.storesUpperCaseIdentifiers() ? "POSTS" : "posts";
			String schema = (db.kind() == DatabaseKind.POSTGRESQL) ? db.name() : null;
			try (ResultSet keys = metaData.getImportedKeys(connection.getCatalog(), schema, table)) {
				List<Map.Entry<String, Integer>> found = new ArrayList<>();
				while (keys.next()) {
					found.add(Map.entry(keys.getString("FK_NAME").toLowerCase(), keys.getInt("DELETE_RULE")));
				}
				assertThat(found).extracting(Map.Entry::getKey).containsExactly(POSTS_FK_CHECK);
				return found.get(0).getValue();
			}
		}
	}

	/**
	 * Records the statements Relata runs: a {@link StatementListener} bean, which the
	 * starter hands to the {@code Orm}.
	 */
	@Configuration(proxyBeanMethods = false)
	static class StatementLog implements StatementListener {

		private final List<ExecutedStatement> statements = new ArrayList<>();

		@Override
		public synchronized void beforeStatement(ExecutedStatement statement) {
			this.statements.add(statement);
		}

		synchronized List<ExecutedStatement> selects() {
			return this.statements.stream().filter((statement) -> statement.operation().equals("select")).toList();
		}

		synchronized void clear() {
			this.statements.clear();
		}

	}

}
