package dev.relata.orm.sql.dialect;

/**
 * Column types as the SQL standard (and H2) names them; the default of
 * {@link Dialect#columnType(ColumnType, int, int, int)}.
 */
final class StandardTypes {

	private StandardTypes() {
	}

	static String columnType(ColumnType type, int length, int precision, int scale) {
		return switch (type) {
			case BOOLEAN -> "BOOLEAN";
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case REAL -> "REAL";
			case DOUBLE -> "DOUBLE PRECISION";
			case DECIMAL -> (precision > 0) ? "NUMERIC(" + precision + ", " + scale + ")" : "NUMERIC";
			case CHARACTER -> "CHAR(1)";
			case VARCHAR -> "VARCHAR(" + length + ")";
			case BINARY -> "VARBINARY(" + length + ")";
			case DATE -> "DATE";
			case TIME -> "TIME(6)";
			case TIMESTAMP -> "TIMESTAMP(6)";
			case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP(6) WITH TIME ZONE";
			case UUID -> "UUID";
		};
	}

}
