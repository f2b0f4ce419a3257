package dev.relata.orm.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Integration tests for {@link DatabaseTest} and {@link TestDatabase} on every database.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DatabaseFixtureIntegrationTests {

	private static final Map<DatabaseKind, String> namesUsedByFirstNestedClass = new EnumMap<>(DatabaseKind.class);

	@DatabaseTest
	void answersSelectOne(TestDatabase db) {
		assertThat(db.jdbc().queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
	}

	@DatabaseTest
	void worksInItsOwnSchemaOrDatabase(TestDatabase db) {
		assertThat(db.name()).matches("relata_databasefixtureintegrationtest_[0-9a-f]{6}");
		String current = switch (db.kind()) {
			case POSTGRESQL -> db.jdbc().queryForObject("SELECT current_schema()", String.class);
			case MARIADB -> db.jdbc().queryForObject("SELECT DATABASE()", String.class);
			case H2 -> db.jdbc().execute((Connection connection) -> connection.getMetaData().getURL());
		};
		assertThat(current).contains(db.name());
	}

	@DatabaseTest
	void readsBackATableCreatedByUnquotedDdl(TestDatabase db) {
		db.recreate("person", "CREATE TABLE person (id INT PRIMARY KEY, full_name VARCHAR(50))");
		db.execute("INSERT INTO person (id, full_name) VALUES (1, 'Ada Lovelace')");
		assertThat(db.jdbc().queryForObject("SELECT full_name FROM person WHERE id = 1", String.class))
			.isEqualTo("Ada Lovelace");
		String expectedStoredName = (db.kind() == DatabaseKind.H2) ? "PERSON" : "person";
		assertThat(tableNames(db)).filteredOn((name) -> name.equalsIgnoreCase("person"))
			.containsExactly(expectedStoredName);
	}

	@DatabaseTest
	void createsColumnsFromTheDdlFragments(TestDatabase db) {
		db.recreate("sample",
				"CREATE TABLE sample (id " + db.identity() + ", zoned " + db.timestampWithTimeZone() + ", local_at "
						+ db.timestamp() + ", at_time " + db.time() + ", token " + db.uuid() + ", data " + db.bytes()
						+ ", flag " + db.booleanType() + ", ratio " + db.doubleType() + ", score " + db.floatType()
						+ ")");
		UUID token = UUID.randomUUID();
		LocalDateTime localAt = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456000);
		db.jdbc()
			.update("INSERT INTO sample (local_at, at_time, token, data, flag, ratio, score) VALUES (?, ?, ?, ?, ?, ?, ?)",
					localAt, LocalTime.of(1, 2, 3, 456000), token, new byte[] { 1, 2, 3 }, true, 0.5d, 1.5f);
		assertThat(db.jdbc().queryForObject("SELECT id FROM sample", Long.class)).isEqualTo(1L);
		assertThat(db.jdbc().queryForObject("SELECT local_at FROM sample", LocalDateTime.class)).isEqualTo(localAt);
		assertThat(db.jdbc().queryForObject("SELECT at_time FROM sample", LocalTime.class))
			.isEqualTo(LocalTime.of(1, 2, 3, 456000));
		assertThat(db.jdbc().queryForObject("SELECT data FROM sample", byte[].class)).containsExactly(1, 2, 3);
		assertThat(db.jdbc().queryForObject("SELECT flag FROM sample", Boolean.class)).isTrue();
		assertThat(db.jdbc().queryForObject("SELECT token FROM sample", String.class))
			.isEqualToIgnoringCase(token.toString());
		assertThat(db.jdbc().queryForObject("SELECT ratio FROM sample", Double.class)).isEqualTo(0.5d);
		assertThat(db.jdbc().queryForObject("SELECT score FROM sample", Float.class)).isEqualTo(1.5f);
	}

	@DatabaseTest
	void loadsChinookWithItsExactRowCounts(TestDatabase db) {
		db.loadChinook();
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("artist", 275);
		expected.put("album", 347);
		expected.put("track", 3503);
		expected.put("playlist", 18);
		expected.put("playlist_track", 8715);
		expected.put("employee", 8);
		expected.put("customer", 59);
		expected.put("invoice", 412);
		expected.put("invoice_line", 2240);
		expected.put("genre", 25);
		expected.put("media_type", 5);
		Map<String, Integer> actual = new LinkedHashMap<>();
		expected.keySet()
			.forEach((table) -> actual.put(table,
					db.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)));
		assertThat(actual).isEqualTo(expected);
		assertThat(db.jdbc().queryForMap("SELECT title, artist_id FROM album WHERE album_id = 1"))
			.extractingByKeys(columnName(db, "title"), columnName(db, "artist_id"))
			.containsExactly("For Those About To Rock We Salute You", 1);
	}

	@DatabaseTest
	void loadsChinookOncePerClassAndKeepsBackslashesLiterally(TestDatabase db) {
		db.loadChinook();
		db.loadChinook();
		assertThat(db.jdbc().queryForObject("SELECT name FROM track WHERE track_id = 3435", String.class))
			.isEqualTo("Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico");
	}

	private static String columnName(TestDatabase db, String name) {
		return (db.kind() == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

	private static List<String> tableNames(TestDatabase db) {
		return db.jdbc().execute((Connection connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> names = new ArrayList<>();
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (tables.next()) {
					names.add(tables.getString("TABLE_NAME"));
				}
			}
			return names;
		});
	}

	static boolean exists(TestDatabase db, String name) {
		if (db.kind() == DatabaseKind.H2) {
			try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";IFEXISTS=TRUE", "sa",
					"")) {
				return true;
			}
			catch (SQLException ex) {
				return false;
			}
		}
		Integer count = db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?", Integer.class,
					name);
		return count == 1;
	}

	@Nested
	@Order(1)
	class WhileItsClassRuns {

		@DatabaseTest
		void seesItsOwnSchemaOrDatabase(TestDatabase db) {
			namesUsedByFirstNestedClass.put(db.kind(), db.name());
			assertThat(exists(db, db.name())).isTrue();
		}

	}

	@Nested
	@Order(2)
	class AfterTheFirstNestedClassFinished {

		@DatabaseTest
		void findsTheSchemaOrDatabaseOfThatClassDropped(TestDatabase db) {
			String previous = namesUsedByFirstNestedClass.get(db.kind());
			assumeThat(previous).as("name recorded by WhileItsClassRuns").isNotNull();
			assertThat(previous).isNotEqualTo(db.name());
			assertThat(exists(db, previous)).isFalse();
		}

	}

}
