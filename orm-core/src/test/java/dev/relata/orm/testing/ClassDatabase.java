package dev.relata.orm.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link TestDatabase} of one (test class, database): creates its schema or database,
 * pools connections to it, and drops it when the class's extension context closes.
 */
final class ClassDatabase implements TestDatabase, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ClassDatabase.class);

	private static final int MAX_POOL_SIZE = 4;

	private final ServerEndpoint server;

	private final String name;

	private final HikariDataSource dataSource;

	private final JdbcTemplate jdbc;

	private boolean chinookLoaded;

	private ClassDatabase(ServerEndpoint server, String name, HikariDataSource dataSource) {
		this.server = server;
		this.name = name;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Create the schema or database of a test class on the given server and pool
	 * connections to it.
	 * @param server the server
	 * @param testClass the test class, whose name goes into the schema name
	 * @return the database, closed by the caller
	 */
	static ClassDatabase create(ServerEndpoint server, Class<?> testClass) {
		String name = uniqueName(testClass);
		DatabaseKind kind = server.kind();
		try {
			if (kind != DatabaseKind.H2) {
				try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
					statement
						.execute(((kind == DatabaseKind.POSTGRESQL) ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create " + name + " on " + server + ": " + ex.getMessage(), ex);
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("relata-" + name);
		config.setJdbcUrl(pooledUrl(server, name));
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(MAX_POOL_SIZE);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(10_000);
		logger.debug("Created {} for {} on {}", name, testClass.getName(), server);
		return new ClassDatabase(server, name, new HikariDataSource(config));
	}

	private static String uniqueName(Class<?> testClass) {
		String simpleName = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		String shortName = simpleName.substring(0, Math.min(simpleName.length(), 30));
		String random = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
		return "relata_" + shortName + "_" + random;
	}

	private static String pooledUrl(ServerEndpoint server, String name) {
		String url = server.url();
		return switch (server.kind()) {
			case POSTGRESQL -> url + ((url.indexOf('?') >= 0) ? "&" : "?") + "currentSchema=" + name;
			case MARIADB -> withDatabase(url, name);
			case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		};
	}

	private static String withDatabase(String url, String database) {
		int authorityStart = url.indexOf("//") + 2;
		int pathStart = url.indexOf('/', authorityStart);
		int query = url.indexOf('?', authorityStart);
		if (pathStart < 0 || (query >= 0 && pathStart > query)) {
			pathStart = (query >= 0) ? query : url.length();
			return url.substring(0, pathStart) + "/" + database + url.substring(pathStart);
		}
		int pathEnd = (query >= 0) ? query : url.length();
		return url.substring(0, pathStart + 1) + database + url.substring(pathEnd);
	}

	@Override
	public DatabaseKind kind() {
		return this.server.kind();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public String jdbcUrl() {
		return pooledUrl(this.server, this.name);
	}

	@Override
	public @Nullable String username() {
		return this.server.user();
	}

	@Override
	public @Nullable String password() {
		return this.server.password();
	}

	@Override
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	@Override
	public void execute(String... sql) {
		this.jdbc.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				for (String each : sql) {
					statement.execute(each);
				}
			}
			return null;
		});
	}

	@Override
	public void recreate(String table, String createTableSql) {
		dropTables(table);
		execute(createTableSql);
	}

	@Override
	public void dropTables(String... tables) {
		List<String> statements = new ArrayList<>();
		if (kind() == DatabaseKind.MARIADB) {
			// MariaDB ignores CASCADE: referencing foreign keys would block the drop.
			statements.add("SET FOREIGN_KEY_CHECKS = 0");
			Arrays.stream(tables).forEach((table) -> statements.add("DROP TABLE IF EXISTS " + table));
			statements.add("SET FOREIGN_KEY_CHECKS = 1");
		}
		else {
			Arrays.stream(tables).forEach((table) -> statements.add("DROP TABLE IF EXISTS " + table + " CASCADE"));
		}
		execute(statements.toArray(String[]::new));
	}

	@Override
	public synchronized void loadChinook() {
		if (!this.chinookLoaded) {
			ChinookLoader.load(this);
			this.chinookLoaded = true;
		}
	}

	/**
	 * Close the pool and drop the schema or database.
	 */
	@Override
	public void close() throws SQLException {
		this.dataSource.close();
		String drop = switch (kind()) {
			case POSTGRESQL -> "DROP SCHEMA " + this.name + " CASCADE";
			case MARIADB -> "DROP DATABASE " + this.name;
			case H2 -> "SHUTDOWN";
		};
		ServerEndpoint target = (kind() != DatabaseKind.H2) ? this.server
				: new ServerEndpoint(DatabaseKind.H2, pooledUrl(this.server, this.name), "sa", "", "in-memory");
		try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
			statement.execute(drop);
		}
		logger.debug("Dropped {} on {}", this.name, this.server);
	}

	@Override
	public String toString() {
		return kind().displayName() + " " + this.name;
	}

}
