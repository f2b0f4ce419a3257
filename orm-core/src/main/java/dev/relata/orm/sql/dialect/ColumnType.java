package dev.relata.orm.sql.dialect;

/**
 * The kinds of column a generated {@code CREATE TABLE} needs; a {@link Dialect} names the
 * database type of each ({@link Dialect#columnType(ColumnType, int, int, int)}).
 */
public enum ColumnType {

	/** A boolean. */
	BOOLEAN,

	/** A 16-bit integer (also for bytes). */
	SMALLINT,

	/** A 32-bit integer. */
	INTEGER,

	/** A 64-bit integer. */
	BIGINT,

	/** A single-precision floating point number. */
	REAL,

	/** A double-precision floating point number. */
	DOUBLE,

	/** An exact decimal with an optional precision and scale. */
	DECIMAL,

	/** One character. */
	CHARACTER,

	/** Text of a maximum length. */
	VARCHAR,

	/** Bytes. */
	BINARY,

	/** A date without time. */
	DATE,

	/** A time of day with microseconds. */
	TIME,

	/** A local date-time with microseconds. */
	TIMESTAMP,

	/** An instant: a zoned timestamp, or a UTC date-time where there is none. */
	TIMESTAMP_WITH_TIME_ZONE,

	/** A UUID: native, or text where there is no such type. */
	UUID

}
