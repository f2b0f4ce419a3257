package dev.relata.orm.sql.dialect;

/**
 * The column types of MariaDB and MySQL, which share them: no zoned timestamp (instants
 * are UTC {@code DATETIME(6)}), UUIDs as text, {@code AUTO_INCREMENT} keys.
 */
final class MySqlFamilyTypes {

	private MySqlFamilyTypes() {
	}

	static String columnType(ColumnType type, int length, int precision, int scale) {
		return switch (type) {
			case INTEGER -> "INT";
			case REAL -> "FLOAT";
			case DOUBLE -> "DOUBLE";
			// DECIMAL alone is DECIMAL(10, 0) here, which would drop every fraction
			case DECIMAL -> (precision > 0) ? "DECIMAL(" + precision + ", " + scale + ")" : "DECIMAL(65, 30)";
			case BINARY -> "BLOB";
			case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "DATETIME(6)";
			// matches how UUIDs are bound here: as text
			case UUID -> "CHAR(36)";
			default -> StandardTypes.columnType(type, length, precision, scale);
		};
	}

}
