package dev.relata.orm.internal.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import dev.relata.orm.exception.OrmMappingException;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@code String[]}, {@code Integer[]} or {@code Long[]} (the column value of a
 * {@code List} property) as one {@code java.sql.Array} of the dialect's element type, and
 * reads an array column back into an array of that element type. {@code NULL} elements
 * pass both ways.
 */
final class ArrayCodec implements ValueCodec {

	private final Class<?> element;

	private final String sqlElementType;

	ArrayCodec(Class<?> element, String sqlElementType) {
		this.element = element;
		this.sqlElementType = sqlElementType;
	}

	@Override
	public void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.ARRAY);
		}
		else {
			statement.setArray(index, statement.getConnection().createArrayOf(this.sqlElementType, (Object[]) value));
		}
	}

	@Override
	public @Nullable Object read(ResultSet resultSet, int index) throws SQLException {
		Array array = resultSet.getArray(index);
		if (array == null) {
			return null;
		}
		try {
			Object[] elements = (Object[]) array.getArray();
			Object[] typed = (Object[]) java.lang.reflect.Array.newInstance(this.element, elements.length);
			for (int i = 0; i < elements.length; i++) {
				typed[i] = element(elements[i], resultSet, index);
			}
			return typed;
		}
		finally {
			array.free();
		}
	}

	private @Nullable Object element(@Nullable Object value, ResultSet resultSet, int index) throws SQLException {
		if (value == null || this.element.isInstance(value)) {
			return value;
		}
		if (value instanceof Number number && this.element == Long.class
				&& (value instanceof Integer || value instanceof Short)) {
			return number.longValue();
		}
		if (value instanceof Number number && this.element == Integer.class && value instanceof Short) {
			return number.intValue();
		}
		if (value instanceof Long number && this.element == Integer.class && number == (long) number.intValue()) {
			return number.intValue();
		}
		throw new OrmMappingException("Column " + resultSet.getMetaData().getColumnLabel(index)
				+ " holds an array with " + value.getClass().getName() + " element '" + value + "', which a List<"
				+ this.element.getSimpleName() + "> cannot hold; map it to a List of the column's element type");
	}

}
