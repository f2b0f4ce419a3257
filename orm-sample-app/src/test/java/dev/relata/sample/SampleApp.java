package dev.relata.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The sample application started on a test's database, as {@code spring-boot:run} starts
 * it (Flyway migrates and seeds the database) but on a random port, with a client for it.
 */
public final class SampleApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final RestTestClient client;

	private SampleApp(ConfigurableApplicationContext context) {
		this.context = context;
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port()).build();
	}

	/**
	 * Starts the application on a database.
	 * @param db the test class's database
	 * @param properties more properties, {@code name=value}
	 * @return the running application
	 */
	public static SampleApp start(TestDatabase db, String... properties) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
						"--spring.datasource.password=" + ((db.password() != null) ? db.password() : ""),
						"--server.port=0", "--spring.main.banner-mode=off"));
		Arrays.stream(properties).map((property) -> "--" + property).forEach(arguments::add);
		// command-line arguments, since they win over application.properties
		return new SampleApp(
				new SpringApplicationBuilder(RelataSampleApplication.class).run(arguments.toArray(String[]::new)));
	}

	/**
	 * Returns a client whose URIs are relative to the application.
	 * @return the client
	 */
	public RestTestClient client() {
		return this.client;
	}

	/**
	 * Returns the application's port.
	 * @return the port
	 */
	public int port() {
		return this.context.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
	}

	/**
	 * Returns a {@link JdbcTemplate} on the application's database, to check what the API
	 * did without Relata.
	 * @return the template
	 */
	public JdbcTemplate jdbc() {
		return new JdbcTemplate(this.context.getBean(DataSource.class));
	}

	/**
	 * Returns a bean of the application.
	 * @param <T> the bean's type
	 * @param type the bean's type
	 * @return the bean
	 */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The applications of one test class, one per database, started on first use and
	 * stopped by {@link #close()} (call it from {@code @AfterAll}, before the class's
	 * databases are dropped).
	 */
	public static final class PerDatabase implements AutoCloseable {

		private final Map<DatabaseKind, SampleApp> apps = new HashMap<>();

		/**
		 * Returns the application on a database, starting it on first use.
		 * @param db the test class's database
		 * @return the application
		 */
		public synchronized SampleApp on(TestDatabase db) {
			return this.apps.computeIfAbsent(db.kind(), (kind) -> start(db));
		}

		@Override
		public synchronized void close() {
			this.apps.values().forEach(SampleApp::close);
			this.apps.clear();
		}

	}

}
