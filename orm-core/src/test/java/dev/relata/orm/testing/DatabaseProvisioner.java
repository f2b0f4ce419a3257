package dev.relata.orm.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a server for each database, once per JVM, trying in order: a JDBC URL from the
 * environment ({@code RELATA_TEST_POSTGRESQL_URL}, {@code RELATA_TEST_MARIADB_URL}, with
 * optional {@code _USER} and {@code _PASSWORD}), the local server on its default port,
 * and Testcontainers when a Docker engine runs. An explicit URL that does not answer is
 * not replaced by a fallback.
 */
final class DatabaseProvisioner {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseProvisioner.class);

	private static final Map<DatabaseKind, Provision> provisions = new ConcurrentHashMap<>();

	private DatabaseProvisioner() {
	}

	/**
	 * Return the server for the given database, probing its sources on first call only.
	 * @param kind the database
	 * @return the outcome, never {@code null}
	 */
	static Provision provision(DatabaseKind kind) {
		return provisions.computeIfAbsent(kind, DatabaseProvisioner::probe);
	}

	private static Provision probe(DatabaseKind kind) {
		if (kind == DatabaseKind.H2) {
			return Provision.available(new ServerEndpoint(kind, "jdbc:h2:mem:", "sa", "", "in-memory"));
		}
		String prefix = "RELATA_TEST_" + kind.name();
		String url = System.getenv(prefix + "_URL");
		if (url != null && !url.isBlank()) {
			ServerEndpoint endpoint = new ServerEndpoint(kind, url, System.getenv(prefix + "_USER"),
					System.getenv(prefix + "_PASSWORD"), prefix + "_URL");
			String failure = tryConnect(endpoint);
			return (failure != null) ? Provision.unavailable(kind, List.of(failure)) : Provision.available(endpoint);
		}
		List<String> failures = new ArrayList<>();
		ServerEndpoint local = localServer(kind);
		String failure = tryConnect(local);
		if (failure == null) {
			return Provision.available(local);
		}
		failures.add(failure);
		try {
			if (DockerClientFactory.instance().isDockerAvailable()) {
				return Provision.available(startContainer(kind));
			}
			failures.add("no Docker engine is available for Testcontainers");
		}
		catch (RuntimeException | LinkageError ex) {
			failures.add("Testcontainers could not start " + kind.displayName() + ": " + ex);
		}
		return Provision.unavailable(kind, failures);
	}

	private static ServerEndpoint localServer(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL ->
				new ServerEndpoint(kind, "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", "local server");
			case MARIADB -> new ServerEndpoint(kind, "jdbc:mariadb://127.0.0.1:3306/test", "root", "", "local server");
			case H2 -> throw new IllegalArgumentException("H2 runs in memory");
		};
	}

	private static String tryConnect(ServerEndpoint endpoint) {
		long start = System.nanoTime();
		try (Connection connection = endpoint.connect()) {
			logger.info("Using {}, probed in {} ms", endpoint, (System.nanoTime() - start) / 1_000_000);
			return null;
		}
		catch (SQLException ex) {
			return endpoint + " did not answer: " + ex.getMessage().replaceAll("\\.+$", "");
		}
	}

	private static ServerEndpoint startContainer(DatabaseKind kind) {
		Supplier<JdbcDatabaseContainer<?>> factory = switch (kind) {
			case POSTGRESQL -> () -> new PostgreSQLContainer("postgres:15-alpine");
			// root, so that the fixture may create a database per test class
			case MARIADB -> () -> new MariaDBContainer("mariadb:10.11").withUsername("root");
			case H2 -> throw new IllegalArgumentException("H2 runs in memory");
		};
		JdbcDatabaseContainer<?> container = factory.get();
		// Started once per JVM; Testcontainers' reaper removes it when the JVM exits.
		container.start();
		return new ServerEndpoint(kind, container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers " + container.getDockerImageName());
	}

	/**
	 * The outcome of looking for a server: an endpoint, or the reason there is none and
	 * how to provide one.
	 *
	 * @param endpoint the server, or {@code null} when unavailable
	 * @param unavailableMessage why there is no server and how to provide one, or
	 * {@code null}
	 */
	record Provision(ServerEndpoint endpoint, String unavailableMessage) {

		static Provision available(ServerEndpoint endpoint) {
			return new Provision(endpoint, null);
		}

		static Provision unavailable(DatabaseKind kind, List<String> failures) {
			String prefix = "RELATA_TEST_" + kind.name();
			String port = (kind == DatabaseKind.POSTGRESQL) ? "127.0.0.1:5432 (user postgres, database test)"
					: "127.0.0.1:3306 (user root, database test)";
			String message = "No " + kind.displayName() + " server for @DatabaseTest: " + String.join("; ", failures)
					+ ". Provide one: set " + prefix + "_URL (credentials in the URL or in " + prefix + "_USER and "
					+ prefix + "_PASSWORD), or run a local server on " + port
					+ " (../shared/scripts/start-databases.sh starts one), or run a Docker engine for Testcontainers.";
			return new Provision(null, message);
		}

		boolean isAvailable() {
			return this.endpoint != null;
		}

	}

}
