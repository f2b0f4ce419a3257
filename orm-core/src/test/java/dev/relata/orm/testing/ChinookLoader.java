package dev.relata.orm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Chinook sample data set from {@code shared/datasets/chinook}: the directory
 * named by the {@code RELATA_SHARED_DIR} environment variable, or else the first
 * {@code ../shared} found walking up from the working directory. Each script is read and
 * split once per JVM, then sent as one JDBC batch in one transaction.
 */
final class ChinookLoader {

	/**
	 * The environment variable naming the shared directory that holds {@code datasets/}.
	 */
	static final String SHARED_DIR_VARIABLE = "RELATA_SHARED_DIR";

	private static final Logger logger = LoggerFactory.getLogger(ChinookLoader.class);

	private static final Map<String, List<String>> scripts = new ConcurrentHashMap<>();

	private ChinookLoader() {
	}

	static void load(ClassDatabase database) {
		String fileName = (database.kind() == DatabaseKind.MARIADB) ? "chinook-mariadb.sql"
				: "chinook-postgresql-h2.sql";
		List<String> statements = scripts.computeIfAbsent(fileName, ChinookLoader::readStatements);
		long start = System.nanoTime();
		database.jdbc().execute((Connection connection) -> {
			execute(connection, database.kind(), statements);
			return null;
		});
		logger.info("Loaded Chinook ({} statements) into {} in {} ms", statements.size(), database,
				(System.nanoTime() - start) / 1_000_000);
	}

	private static void execute(Connection connection, DatabaseKind kind, List<String> statements) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		try (Statement statement = connection.createStatement()) {
			if (kind == DatabaseKind.MARIADB) {
				// The script writes backslashes literally, as PostgreSQL and H2 read
				// them.
				statement.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
			}
			connection.setAutoCommit(false);
			for (String sql : statements) {
				statement.addBatch(sql);
			}
			statement.executeBatch();
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
			if (kind == DatabaseKind.MARIADB) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
				}
			}
		}
	}

	private static List<String> readStatements(String fileName) {
		Path file = locate(fileName);
		try {
			return split(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	static Path locate(String fileName) {
		String sharedDir = System.getenv(SHARED_DIR_VARIABLE);
		if (sharedDir != null && !sharedDir.isBlank()) {
			Path file = Path.of(sharedDir, "datasets", "chinook", fileName);
			if (Files.isRegularFile(file)) {
				return file;
			}
			throw new IllegalStateException(
					"No " + fileName + " under " + SHARED_DIR_VARIABLE + "=" + sharedDir + "; expected " + file);
		}
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("../shared/datasets/chinook").resolve(fileName).normalize();
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new IllegalStateException("No ../shared/datasets/chinook/" + fileName + " above " + start + "; set "
				+ SHARED_DIR_VARIABLE + " to the shared directory");
	}

	/**
	 * Split a script on semicolons outside string literals, dropping {@code --} comment
	 * lines and blank statements. Backslashes are ordinary characters, as in standard
	 * SQL.
	 * @param script the script
	 * @return the statements without their semicolons
	 */
	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inString = false;
		boolean lineStart = true;
		for (int i = 0; i < script.length(); i++) {
			char c = script.charAt(i);
			if (!inString && lineStart && script.startsWith("--", i)) {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? script.length() : end;
				continue;
			}
			lineStart = (c == '\n') || (lineStart && Character.isWhitespace(c));
			if (c == '\'') {
				inString = !inString;
			}
			if (c == ';' && !inString) {
				addIfNotBlank(statements, current);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		addIfNotBlank(statements, current);
		return List.copyOf(statements);
	}

	private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
		String sql = statement.toString().strip();
		if (!sql.isEmpty()) {
			statements.add(sql);
		}
	}

}
