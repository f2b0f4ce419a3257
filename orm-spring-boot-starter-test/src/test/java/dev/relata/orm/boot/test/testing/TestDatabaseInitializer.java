package dev.relata.orm.boot.test.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.relata.orm.testing.TestDatabase;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Sets {@code spring.datasource.*} to the database {@link TestDatabaseLauncher} is
 * running the test class on, and checks once the context is refreshed that its
 * {@code DataSource} connects there.
 */
final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase db = TestDatabaseLauncher.current();
		TestPropertyValues
			.of("spring.datasource.url=" + db.jdbcUrl(),
					"spring.datasource.username=" + Objects.requireNonNullElse(db.username(), ""),
					"spring.datasource.password=" + Objects.requireNonNullElse(db.password(), ""))
			.applyTo(context);
		context.addApplicationListener(new ConnectsToTestDatabase(db));
	}

	/**
	 * Fails the context's start when its {@code DataSource} connects elsewhere, such as
	 * to an embedded database that replaced the launched one.
	 */
	private record ConnectsToTestDatabase(TestDatabase db) implements ApplicationListener<ContextRefreshedEvent> {

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			DataSource dataSource = event.getApplicationContext().getBean(DataSource.class);
			try (Connection connection = dataSource.getConnection()) {
				// The class's own schema (PostgreSQL), database (MariaDB) or in-memory
				// database (H2) is named in one of these.
				String where = String.join(" ",
						Stream.of(connection.getMetaData().getURL(), connection.getCatalog(), connection.getSchema())
							.map(String::valueOf)
							.toList());
				if (!where.contains(this.db.name())) {
					throw new IllegalStateException("The test's DataSource connects to " + where + ", not to " + this.db
							+ ": was it replaced by an embedded database?");
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not connect to " + this.db + ": " + ex.getMessage(), ex);
			}
		}

	}

}
