package dev.relata.orm.verify;

import java.util.Locale;
import java.util.Set;

import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.sql.dialect.ColumnType;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Which stored column types can hold each kind of property, judged from the JDBC type and
 * the database's type name that {@code DatabaseMetaData.getColumns} reports. Lenient
 * where drivers differ (PostgreSQL reports {@code boolean} as {@code BIT}, MariaDB
 * {@code TINYINT(1)} as {@code BOOLEAN}, H2 {@code UUID} as {@code BINARY}; any integer
 * width holds any integer property), strict where reading or binding would fail or shift
 * values: text never holds a number, a timestamp without time zone never holds an instant
 * where the database has zoned timestamps (and a zoned one never holds a local
 * date-time), a UUID needs the UUID type where the database has one.
 */
final class TypeCompatibility {

	private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");

	private static final Set<String> DECIMALS = Set.of("DECIMAL", "NUMERIC");

	private static final Set<String> FLOATS = Set.of("REAL", "FLOAT", "DOUBLE");

	private static final Set<String> TEXT = Set.of("CHAR", "VARCHAR", "LONGVARCHAR", "NCHAR", "NVARCHAR",
			"LONGNVARCHAR", "CLOB", "NCLOB");

	private static final Set<String> BINARY = Set.of("BINARY", "VARBINARY", "LONGVARBINARY", "BLOB");

	private static final int UUID_TEXT_LENGTH = 36;

	private TypeCompatibility() {
	}

	/**
	 * Tells whether a stored column can hold values of a column kind on a database.
	 */
	static boolean accepts(ColumnType wanted, CatalogColumn column, Dialect dialect) {
		String jdbc = column.jdbcType();
		String name = column.typeName().toLowerCase(Locale.ROOT);
		return switch (wanted) {
			case BOOLEAN -> jdbc.equals("BOOLEAN") || jdbc.equals("BIT");
			case SMALLINT, INTEGER, BIGINT ->
				INTEGERS.contains(jdbc) || (DECIMALS.contains(jdbc) && column.decimalDigits() == 0);
			case DECIMAL -> DECIMALS.contains(jdbc) || INTEGERS.contains(jdbc) || name.equals("decfloat");
			case REAL, DOUBLE -> FLOATS.contains(jdbc) || DECIMALS.contains(jdbc) || name.equals("decfloat");
			case CHARACTER, VARCHAR -> TEXT.contains(jdbc) || name.equals("enum");
			case BINARY -> BINARY.contains(jdbc) && !name.equals("uuid");
			case DATE -> jdbc.equals("DATE");
			case TIME -> jdbc.equals("TIME");
			case TIMESTAMP -> jdbc.equals("TIMESTAMP") && !zoned(column);
			case TIMESTAMP_WITH_TIME_ZONE ->
				dialect.supportsTimestampWithTimeZone() ? zoned(column) : jdbc.equals("TIMESTAMP");
			case UUID -> name.equals("uuid")
					|| (!dialect.nativeUuid() && TEXT.contains(jdbc) && column.size() >= UUID_TEXT_LENGTH);
		};
	}

	/**
	 * Describes what a column kind needs, for messages.
	 */
	static String expectation(ColumnType wanted, Dialect dialect) {
		return switch (wanted) {
			case BOOLEAN -> "a boolean column";
			case SMALLINT, INTEGER, BIGINT -> "an integer column";
			case DECIMAL -> "a decimal or integer column";
			case REAL, DOUBLE -> "a floating-point or decimal column";
			case CHARACTER, VARCHAR -> "a text column";
			case BINARY -> "a binary column";
			case DATE -> "a date column";
			case TIME -> "a time column without time zone";
			case TIMESTAMP -> "a timestamp without time zone";
			case TIMESTAMP_WITH_TIME_ZONE ->
				dialect.supportsTimestampWithTimeZone() ? "a timestamp with time zone" : "a timestamp (holding UTC)";
			case UUID -> dialect.nativeUuid() ? "a UUID column" : "a UUID column or text of at least 36 characters";
		};
	}

	private static boolean zoned(CatalogColumn column) {
		String name = column.typeName().toLowerCase(Locale.ROOT);
		return column.jdbcType().equals("TIMESTAMP_WITH_TIMEZONE") || name.equals("timestamptz")
				|| name.contains("with time zone");
	}

}
