package dev.relata.orm.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Moves values of one Java type in and out of JDBC for one dialect.
 */
interface ValueCodec {

	/**
	 * Binds a value, or a typed NULL.
	 * @param statement the statement
	 * @param index the 1-based parameter index
	 * @param value the value, of this codec's Java type, or {@code null}
	 * @throws SQLException as the driver throws it
	 */
	void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException;

	/**
	 * Reads a column as this codec's Java type.
	 * @param resultSet the result set on the current row
	 * @param index the 1-based column index
	 * @return the value, or {@code null} for SQL NULL
	 * @throws SQLException as the driver throws it
	 */
	@Nullable Object read(ResultSet resultSet, int index) throws SQLException;

	/**
	 * Returns the value as a driver accepts it inside an array parameter.
	 * @param value a non-null value of this codec's Java type
	 * @return the value to put in a {@code java.sql.Array}
	 */
	default Object arrayElement(Object value) {
		return value;
	}

}
