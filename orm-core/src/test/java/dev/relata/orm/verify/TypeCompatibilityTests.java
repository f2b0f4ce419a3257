package dev.relata.orm.verify;

import java.util.Arrays;

import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.sql.dialect.ColumnType;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility table, on the JDBC types and type names the PostgreSQL, MariaDB and
 * H2 drivers really report for each column type.
 */
class TypeCompatibilityTests {

	private static final Dialect PG = Dialects.POSTGRESQL;

	private static final Dialect MARIADB = Dialects.MARIADB;

	private static final Dialect H2 = Dialects.H2;

	private static CatalogColumn column(String jdbcType, String typeName) {
		return column(jdbcType, typeName, 0, 0);
	}

	private static CatalogColumn column(String jdbcType, String typeName, int size, int decimalDigits) {
		return new CatalogColumn("c", jdbcType, typeName, size, decimalDigits, true);
	}

	private static boolean accepts(ColumnType type, CatalogColumn column, Dialect dialect) {
		return TypeCompatibility.accepts(type, column, dialect);
	}

	@Test
	void integersHoldAnyIntegerPropertyAndDecimalsWithoutScale() {
		for (ColumnType type : Arrays.asList(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT)) {
			assertThat(accepts(type, column("BIGINT", "int8"), PG)).isTrue();
			assertThat(accepts(type, column("INTEGER", "INT"), MARIADB)).isTrue();
			assertThat(accepts(type, column("TINYINT", "TINYINT"), H2)).isTrue();
			assertThat(accepts(type, column("NUMERIC", "numeric", 19, 0), PG)).isTrue();
			assertThat(accepts(type, column("NUMERIC", "numeric", 10, 2), PG)).isFalse();
			assertThat(accepts(type, column("VARCHAR", "varchar", 20, 0), PG)).isFalse();
			assertThat(accepts(type, column("DOUBLE", "float8"), PG)).isFalse();
		}
	}

	@Test
	void booleansAreBooleanOrBitAsDriversReportThem() {
		assertThat(accepts(ColumnType.BOOLEAN, column("BIT", "bool"), PG)).isTrue();
		// TINYINT(1), as MariaDB's BOOLEAN is stored
		assertThat(accepts(ColumnType.BOOLEAN, column("BOOLEAN", "BOOLEAN"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.BOOLEAN, column("BIT", "BIT", 1, 0), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.BOOLEAN, column("BOOLEAN", "BOOLEAN"), H2)).isTrue();
		assertThat(accepts(ColumnType.BOOLEAN, column("TINYINT", "TINYINT"), MARIADB)).isFalse();
		assertThat(accepts(ColumnType.BOOLEAN, column("CHAR", "bpchar", 1, 0), PG)).isFalse();
	}

	@Test
	void textHoldsStringsEnumsAndCharactersButNotNumbers() {
		for (ColumnType type : Arrays.asList(ColumnType.VARCHAR, ColumnType.CHARACTER)) {
			assertThat(accepts(type, column("VARCHAR", "text"), PG)).isTrue();
			assertThat(accepts(type, column("CHAR", "bpchar"), PG)).isTrue();
			assertThat(accepts(type, column("LONGVARCHAR", "TEXT"), MARIADB)).isTrue();
			assertThat(accepts(type, column("VARCHAR", "ENUM"), MARIADB)).isTrue();
			assertThat(accepts(type, column("CLOB", "CHARACTER LARGE OBJECT"), H2)).isTrue();
			assertThat(accepts(type, column("OTHER", "ENUM"), H2)).isTrue();
			assertThat(accepts(type, column("BIGINT", "int8"), PG)).isFalse();
			assertThat(accepts(type, column("OTHER", "uuid"), PG)).isFalse();
		}
	}

	@Test
	void decimalsAndFloatsAcceptEachOtherButNotText() {
		assertThat(accepts(ColumnType.DECIMAL, column("NUMERIC", "numeric"), PG)).isTrue();
		assertThat(accepts(ColumnType.DECIMAL, column("DECIMAL", "DECFLOAT"), H2)).isTrue();
		assertThat(accepts(ColumnType.DECIMAL, column("BIGINT", "BIGINT"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.DOUBLE, column("DOUBLE", "float8"), PG)).isTrue();
		assertThat(accepts(ColumnType.REAL, column("REAL", "float4"), PG)).isTrue();
		assertThat(accepts(ColumnType.REAL, column("DOUBLE", "DOUBLE"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.DOUBLE, column("DECIMAL", "DECIMAL", 10, 2), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.DOUBLE, column("VARCHAR", "varchar"), PG)).isFalse();
	}

	@Test
	void uuidsNeedTheUuidTypeWhereNativeAndMayBeTextOfThirtySixElsewhere() {
		assertThat(accepts(ColumnType.UUID, column("OTHER", "uuid"), PG)).isTrue();
		assertThat(accepts(ColumnType.UUID, column("BINARY", "UUID", 16, 0), H2)).isTrue();
		assertThat(accepts(ColumnType.UUID, column("OTHER", "UUID"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.UUID, column("CHAR", "CHAR", 36, 0), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.UUID, column("CHAR", "CHAR", 32, 0), MARIADB)).isFalse();
		assertThat(accepts(ColumnType.UUID, column("VARCHAR", "varchar", 36, 0), PG)).isFalse();
	}

	@Test
	void bytesAreBinaryButNotH2sUuid() {
		assertThat(accepts(ColumnType.BINARY, column("BINARY", "bytea"), PG)).isTrue();
		assertThat(accepts(ColumnType.BINARY, column("LONGVARBINARY", "BLOB"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.BINARY, column("BLOB", "BINARY LARGE OBJECT"), H2)).isTrue();
		assertThat(accepts(ColumnType.BINARY, column("BINARY", "UUID", 16, 0), H2)).isFalse();
	}

	@Test
	void instantsNeedAZonedTimestampWhereTheDatabaseHasOne() {
		// PostgreSQL reports timestamptz as TIMESTAMP; only the type name tells
		assertThat(accepts(ColumnType.TIMESTAMP_WITH_TIME_ZONE, column("TIMESTAMP", "timestamptz"), PG)).isTrue();
		assertThat(accepts(ColumnType.TIMESTAMP_WITH_TIME_ZONE, column("TIMESTAMP", "timestamp"), PG)).isFalse();
		assertThat(accepts(ColumnType.TIMESTAMP_WITH_TIME_ZONE,
				column("TIMESTAMP_WITH_TIMEZONE", "TIMESTAMP WITH TIME ZONE"), H2))
			.isTrue();
		assertThat(accepts(ColumnType.TIMESTAMP_WITH_TIME_ZONE, column("TIMESTAMP", "TIMESTAMP"), H2)).isFalse();
		// MariaDB has no zoned type: UTC in DATETIME
		assertThat(accepts(ColumnType.TIMESTAMP_WITH_TIME_ZONE, column("TIMESTAMP", "DATETIME"), MARIADB)).isTrue();
	}

	@Test
	void localDateTimesNeedATimestampWithoutTimeZone() {
		assertThat(accepts(ColumnType.TIMESTAMP, column("TIMESTAMP", "timestamp"), PG)).isTrue();
		assertThat(accepts(ColumnType.TIMESTAMP, column("TIMESTAMP", "DATETIME"), MARIADB)).isTrue();
		assertThat(accepts(ColumnType.TIMESTAMP, column("TIMESTAMP", "timestamptz"), PG)).isFalse();
		assertThat(accepts(ColumnType.TIMESTAMP, column("DATE", "date"), PG)).isFalse();
	}

	@Test
	void datesAndTimesNeedTheirOwnTypes() {
		assertThat(accepts(ColumnType.DATE, column("DATE", "date"), PG)).isTrue();
		assertThat(accepts(ColumnType.DATE, column("TIMESTAMP", "timestamp"), PG)).isFalse();
		assertThat(accepts(ColumnType.TIME, column("TIME", "time"), PG)).isTrue();
		assertThat(accepts(ColumnType.TIME, column("TIME_WITH_TIMEZONE", "timetz"), PG)).isFalse();
	}

	@Test
	void describesWhatEachKindNeedsPerDatabase() {
		assertThat(TypeCompatibility.expectation(ColumnType.BIGINT, PG)).isEqualTo("an integer column");
		assertThat(TypeCompatibility.expectation(ColumnType.TIMESTAMP_WITH_TIME_ZONE, PG))
			.isEqualTo("a timestamp with time zone");
		assertThat(TypeCompatibility.expectation(ColumnType.TIMESTAMP_WITH_TIME_ZONE, MARIADB))
			.isEqualTo("a timestamp (holding UTC)");
		assertThat(TypeCompatibility.expectation(ColumnType.UUID, MARIADB))
			.isEqualTo("a UUID column or text of at least 36 characters");
	}

}
