package dev.relata.orm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Loads the Chinook sample data set (the {@link Scenario#CHINOOK} and
 * {@link Scenario#CHINOOK_CHAIN} scenarios) once per run into its own schema,
 * {@value #SCHEMA}, from {@value #SCRIPT} (PostgreSQL and H2) or {@value #MARIADB_SCRIPT}
 * (MariaDB, where the schema is a database of its own). The scripts create their tables
 * unqualified, so they run with {@value #SCHEMA} as the current schema. {@value #SCRIPT}
 * is found from the system property {@value #SCRIPT_PROPERTY} (the file; MariaDB's script
 * is beside it), else the environment variable {@value #SHARED_DIR_VARIABLE} (the shared
 * directory holding {@code datasets/chinook}), else the first
 * {@code ../shared/datasets/chinook} walking up from the working directory.
 * <p>
 * The whole load (schema, script, {@code ANALYZE}, marker row) is one JDBC batch in one
 * transaction; a marker row of this {@link #DATA_VERSION version} and the expected row
 * counts makes a later run reuse the schema, as {@link BenchmarkData} does. H2 and
 * MariaDB run DDL outside the transaction; their data persists across JVMs as
 * PostgreSQL's does.
 */
public final class ChinookData {

	/**
	 * The database schema holding the Chinook tables.
	 */
	public static final String SCHEMA = "relata_chinook";

	/**
	 * The PostgreSQL and H2 script's file name, under {@code datasets/chinook} of the
	 * shared directory.
	 */
	public static final String SCRIPT = "chinook-postgresql-h2.sql";

	/**
	 * The MariaDB script's file name, beside {@value #SCRIPT}.
	 */
	public static final String MARIADB_SCRIPT = "chinook-mariadb.sql";

	/**
	 * The system property naming the file {@value #SCRIPT} (MariaDB's is beside it).
	 */
	public static final String SCRIPT_PROPERTY = "relata.bench.chinook";

	/**
	 * The environment variable naming the shared directory (the tests' convention).
	 */
	public static final String SHARED_DIR_VARIABLE = "RELATA_SHARED_DIR";

	/**
	 * Rows of {@code artist}: the largest parent set of {@link Scenario#CHINOOK_CHAIN}.
	 */
	public static final int ARTISTS = 275;

	/**
	 * Rows of {@code album}.
	 */
	public static final int ALBUMS = 347;

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
	private static final int DATA_VERSION = 2;

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
			List<String> statements = script(database, locate().resolveSibling(scriptName(database)));
			load(database, connection, statements);
			return true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load Chinook into " + SCHEMA + " on " + database + ": " + ex,
					ex);
		}
	}

	private static boolean isPopulated(Connection connection) {
		String sql = "SELECT data_version, tracks, playlists, playlist_tracks, artists, albums FROM " + SCHEMA + "."
				+ MARKER;
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() && rs.getInt(1) == DATA_VERSION && rs.getInt(2) == TRACKS && rs.getInt(3) == PLAYLISTS
					&& rs.getInt(4) == PLAYLIST_TRACKS && rs.getInt(5) == ARTISTS && rs.getInt(6) == ALBUMS;
		}
		catch (SQLException ex) {
			// No schema or no marker yet: load it.
			return false;
		}
	}

	/**
	 * Runs the statements as one batch in one transaction. The current schema is switched
	 * for this connection only: {@code SET LOCAL search_path} on PostgreSQL (undone at
	 * commit or rollback), {@code SET SCHEMA} on H2 and {@code USE} on MariaDB (restored
	 * in {@code finally}, with MariaDB's {@code sql_mode}), so the pooled connection goes
	 * back as it came.
	 */
	private static void load(BenchmarkDatabase database, Connection connection, List<String> statements)
			throws SQLException {
		String schema = connection.getSchema();
		String catalog = connection.getCatalog();
		String sqlMode = (database == BenchmarkDatabase.MARIADB) ? sqlMode(connection) : null;
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
			switch (database) {
				case POSTGRESQL -> {
				}
				case H2 -> connection.setSchema(schema);
				case MARIADB -> {
					connection.setCatalog(catalog);
					try (PreparedStatement restore = connection.prepareStatement("SET SESSION sql_mode = ?")) {
						restore.setString(1, sqlMode);
						restore.execute();
					}
				}
			}
		}
	}

	private static String sqlMode(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
			rs.next();
			return rs.getString(1);
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
		List<String> statements = new ArrayList<>(chinook.size() + 8);
		statements.addAll(enterSchema(database));
		statements.addAll(chinook);
		statements.add(analyze(database));
		statements.add("CREATE TABLE " + SCHEMA + "." + MARKER
				+ " (data_version INT, tracks INT, playlists INT, playlist_tracks INT, artists INT, albums INT)");
		// Counted, not assumed: a script with other rows leaves a marker that does not
		// match, and the next run loads it again (and the smoke shows the difference).
		statements.add("INSERT INTO " + SCHEMA + "." + MARKER + " SELECT " + DATA_VERSION
				+ ", (SELECT COUNT(*) FROM track), (SELECT COUNT(*) FROM playlist), (SELECT COUNT(*) FROM playlist_track)"
				+ ", (SELECT COUNT(*) FROM artist), (SELECT COUNT(*) FROM album)");
		return statements;
	}

	private static String scriptName(BenchmarkDatabase database) {
		return (database == BenchmarkDatabase.MARIADB) ? MARIADB_SCRIPT : SCRIPT;
	}

	/**
	 * Drops an earlier load and makes {@value #SCHEMA} the current schema. MariaDB reads
	 * the script's backslashes as ordinary characters ({@code NO_BACKSLASH_ESCAPES}), as
	 * the other databases do, so every database holds the same names.
	 */
	private static List<String> enterSchema(BenchmarkDatabase database) {
		return switch (database) {
			case POSTGRESQL -> List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA,
					"SET LOCAL search_path TO " + SCHEMA);
			case H2 -> List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA,
					"SET SCHEMA " + SCHEMA);
			case MARIADB -> List.of("DROP DATABASE IF EXISTS " + SCHEMA, "CREATE DATABASE " + SCHEMA, "USE " + SCHEMA,
					"SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')");
		};
	}

	/**
	 * PostgreSQL and MariaDB analyze the tables the scenarios read (a bare
	 * {@code ANALYZE} would take the whole database on PostgreSQL); H2 analyzes every
	 * table.
	 */
	private static String analyze(BenchmarkDatabase database) {
		String tables = "artist, album, track, playlist, playlist_track";
		return switch (database) {
			case POSTGRESQL -> "ANALYZE " + tables;
			case MARIADB -> "ANALYZE TABLE " + tables;
			case H2 -> "ANALYZE";
		};
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
