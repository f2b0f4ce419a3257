package dev.relata.orm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Loads the Chinook sample data set (the {@link Scenario#CHINOOK} scenario) once per run
 * into its own schema, {@value #SCHEMA}, from {@value #SCRIPT} (PostgreSQL and H2; its
 * tables are created unqualified, so the script runs with {@value #SCHEMA} as the current
 * schema). The script is found from the system property {@value #SCRIPT_PROPERTY} (the
 * file), else the environment variable {@value #SHARED_DIR_VARIABLE} (the shared
 * directory holding {@code datasets/chinook}), else the first
 * {@code ../shared/datasets/chinook} walking up from the working directory.
 * <p>
 * The whole load (schema, script, {@code ANALYZE}, marker row) is one JDBC batch in one
 * transaction; on PostgreSQL a marker row of this {@link #DATA_VERSION version} and the
 * expected row counts makes a later run reuse the schema, as {@link BenchmarkData} does.
 * H2 runs DDL outside the transaction; its database file keeps the schema across JVMs as
 * PostgreSQL does.
 */
public final class ChinookData {

	/**
	 * The database schema holding the Chinook tables.
	 */
	public static final String SCHEMA = "relata_chinook";

	/**
	 * The script's file name, under {@code datasets/chinook} of the shared directory.
	 */
	public static final String SCRIPT = "chinook-postgresql-h2.sql";

	/**
	 * The system property naming the script file itself.
	 */
	public static final String SCRIPT_PROPERTY = "relata.bench.chinook";

	/**
	 * The environment variable naming the shared directory (the tests' convention).
	 */
	public static final String SHARED_DIR_VARIABLE = "RELATA_SHARED_DIR";

	/**
	 * Rows of {@code track}: the largest parent set of {@link Scenario#CHINOOK}.
	 */
	public static final int TRACKS = 3503;

	/**
	 * Rows of {@code playlist}.
	 */
	public static final int PLAYLISTS = 18;

	/**
	 * Rows of {@code playlist_track}.
	 */
	public static final int PLAYLIST_TRACKS = 8715;

	/**
	 * Bumped whenever the loaded data changes, so an old schema is rebuilt.
	 */
	private static final int DATA_VERSION = 1;

	private static final String MARKER = "chinook_data";

	private ChinookData() {
	}

	/**
	 * Makes sure the Chinook data is there: reuses a complete schema of this version,
	 * else (re)creates it from the script.
	 * @param database the database
	 * @param dataSource its pool
	 * @return whether the data was loaded (false when reused)
	 */
	public static boolean ensure(BenchmarkDatabase database, DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			if (isPopulated(connection)) {
				return false;
			}
			List<String> statements = script(database, locate());
			load(database, connection, statements);
			return true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load Chinook into " + SCHEMA + " on " + database + ": " + ex,
					ex);
		}
	}

	private static boolean isPopulated(Connection connection) {
		String sql = "SELECT data_version, tracks, playlists, playlist_tracks FROM " + SCHEMA + "." + MARKER;
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() && rs.getInt(1) == DATA_VERSION && rs.getInt(2) == TRACKS && rs.getInt(3) == PLAYLISTS
					&& rs.getInt(4) == PLAYLIST_TRACKS;
		}
		catch (SQLException ex) {
			// No schema or no marker yet: load it.
			return false;
		}
	}

	/**
	 * Runs the statements as one batch in one transaction. The current schema is switched
	 * for this connection only: {@code SET LOCAL search_path} on PostgreSQL (undone at
	 * commit or rollback), {@code SET SCHEMA} on H2 (restored in {@code finally}), so the
	 * pooled connection goes back as it came.
	 */
	private static void load(BenchmarkDatabase database, Connection connection, List<String> statements)
			throws SQLException {
		String schema = connection.getSchema();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
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
			connection.setAutoCommit(true);
			if (database != BenchmarkDatabase.POSTGRESQL) {
				connection.setSchema(schema);
			}
		}
	}

	private static List<String> script(BenchmarkDatabase database, Path file) {
		List<String> chinook;
		try {
			chinook = split(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the Chinook script " + file, ex);
		}
		boolean postgres = database == BenchmarkDatabase.POSTGRESQL;
		List<String> statements = new ArrayList<>(chinook.size() + 8);
		statements.add("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		statements.add("CREATE SCHEMA " + SCHEMA);
		statements.add(postgres ? "SET LOCAL search_path TO " + SCHEMA : "SET SCHEMA " + SCHEMA);
		statements.addAll(chinook);
		// PostgreSQL: the tables the scenario reads (a bare ANALYZE would take the whole
		// database); H2 analyzes every table.
		statements.add(postgres ? "ANALYZE track, playlist, playlist_track" : "ANALYZE");
		statements.add("CREATE TABLE " + SCHEMA + "." + MARKER
				+ " (data_version INT, tracks INT, playlists INT, playlist_tracks INT)");
		// Counted, not assumed: a script with other rows leaves a marker that does not
		// match, and the next run loads it again (and the smoke shows the difference).
		statements.add("INSERT INTO " + SCHEMA + "." + MARKER + " SELECT " + DATA_VERSION
				+ ", (SELECT COUNT(*) FROM track), (SELECT COUNT(*) FROM playlist), (SELECT COUNT(*) FROM playlist_track)");
		return statements;
	}

	/**
	 * Finds the script: {@value #SCRIPT_PROPERTY}, else {@value #SHARED_DIR_VARIABLE},
	 * else {@code ../shared/datasets/chinook} above the working directory.
	 * @return the script file
	 * @throws IllegalStateException naming where it looked, when it is nowhere
	 */
	static Path locate() {
		String property = System.getProperty(SCRIPT_PROPERTY);
		if (property != null && !property.isBlank()) {
			Path file = Path.of(property).toAbsolutePath();
			if (Files.isRegularFile(file)) {
				return file;
			}
			throw new IllegalStateException("No Chinook script at -D" + SCRIPT_PROPERTY + "=" + property);
		}
		String sharedDir = System.getenv(SHARED_DIR_VARIABLE);
		if (sharedDir != null && !sharedDir.isBlank()) {
			Path file = Path.of(sharedDir, "datasets", "chinook", SCRIPT).toAbsolutePath();
			if (Files.isRegularFile(file)) {
				return file;
			}
			throw new IllegalStateException(
					"No Chinook script under " + SHARED_DIR_VARIABLE + "=" + sharedDir + ": expected " + file);
		}
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("../shared/datasets/chinook").resolve(SCRIPT).normalize();
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new IllegalStateException(
				"No ../shared/datasets/chinook/" + SCRIPT + " in " + start + " or any directory above it; set -D"
						+ SCRIPT_PROPERTY + "=<file> or " + SHARED_DIR_VARIABLE + "=<shared directory>");
	}

	/**
	 * Splits a script on semicolons outside string literals, dropping {@code --} comment
	 * lines and blank statements (backslashes are ordinary characters, as in standard
	 * SQL).
	 * @param script the script
	 * @return the statements without their semicolons
	 */
	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inString = false;
		boolean lineStart = true;
		int i = 0;
		while (i < script.length()) {
			if (!inString && lineStart && script.startsWith("--", i)) {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? script.length() : end;
				continue;
			}
			char c = script.charAt(i);
			lineStart = (c == '\n') || (lineStart && Character.isWhitespace(c));
			if (c == '\'') {
				inString = !inString;
			}
			if (c == ';' && !inString) {
				add(statements, current);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
			i++;
		}
		add(statements, current);
		return statements;
	}

	private static void add(List<String> statements, StringBuilder statement) {
		String sql = statement.toString().strip();
		if (!sql.isEmpty()) {
			statements.add(sql);
		}
	}

}
