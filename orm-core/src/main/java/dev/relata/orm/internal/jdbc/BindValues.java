package dev.relata.orm.internal.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.relata.orm.internal.sql.ArrayBind;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Binds the values of a rendered statement: a {@link Bind} through the codec of its Java
 * type, an {@link ArrayBind} as one {@code java.sql.Array} of the dialect's element type.
 */
final class BindValues {

	private BindValues() {
	}

	static void bind(PreparedStatement ps, int index, Expression bind, JdbcValueTable table, Dialect dialect)
			throws SQLException {
		if (bind instanceof Bind value) {
			table.codec(value.javaType()).bind(ps, index, value.value());
		}
		else if (bind instanceof ArrayBind array) {
			ps.setArray(index, array(ps, array, table, dialect));
		}
		else {
			throw new IllegalStateException("Not a bind: " + bind);
		}
	}

	private static Array array(PreparedStatement ps, ArrayBind bind, JdbcValueTable table, Dialect dialect)
			throws SQLException {
		String elementType = dialect.arrayElementType(bind.elementType());
		if (elementType == null) {
			throw new IllegalStateException(dialect.name() + " has no array type for " + bind.elementType().getName());
		}
		ValueCodec codec = table.codec(bind.elementType());
		List<?> values = bind.values();
		Object[] elements = new Object[values.size()];
		for (int i = 0; i < elements.length; i++) {
			elements[i] = codec.arrayElement(values.get(i));
		}
		return ps.getConnection().createArrayOf(elementType, elements);
	}

	/**
	 * Returns a value as it is reported to statement listeners: the bound value itself,
	 * an array bind as the list of all its values, and SQL {@code NULL} as the text
	 * {@code "null"}.
	 * @param bind a bind expression
	 * @return the reported value
	 */
	static Object reported(Expression bind) {
		if (bind instanceof Bind value) {
			return (value.value() != null) ? value.value() : "null";
		}
		if (bind instanceof ArrayBind array) {
			return array.values();
		}
		return bind;
	}

	/**
	 * Returns a value as it is shown in logs: byte arrays by their length, long text
	 * shortened.
	 * @param bind a bind expression
	 * @return the loggable value
	 */
	static Object loggable(Expression bind) {
		if (bind instanceof Bind value) {
			Object v = value.value();
			if (v instanceof byte[] bytes) {
				return "byte[" + bytes.length + "]";
			}
			if (v instanceof String text && text.length() > 200) {
				return text.substring(0, 200) + "...(" + text.length() + " chars)";
			}
			return (v != null) ? v : "null";
		}
		if (bind instanceof ArrayBind array) {
			List<?> values = array.values();
			return (values.size() > 20) ? "array[" + values.size() + "]" : values;
		}
		return bind;
	}

}
