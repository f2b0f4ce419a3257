package dev.relata.orm.internal.sql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A value expression of the syntax tree: a column, a bind, a function call, a subquery.
 */
public sealed interface Expression permits ColumnRef, Bind, ArrayBind, NumberLiteral, FunctionCall, CountAll, RowNumber,
		ScalarSubquery, Arithmetic {

	/**
	 * A qualified column reference such as {@code t0."name"}.
	 * @param qualifier the table alias, or {@code null} for an unqualified column
	 * @param column the column name as in the schema
	 * @return the column reference
	 */
	static ColumnRef column(@Nullable String qualifier, String column) {
		return new ColumnRef(qualifier, column);
	}

	/**
	 * A bind parameter.
	 * @param value the value; may be {@code null}
	 * @param javaType the Java type of the property the value belongs to
	 * @return the bind
	 */
	static Bind bind(@Nullable Object value, Class<?> javaType) {
		return new Bind(value, javaType);
	}

	/**
	 * A numeric constant chosen by the ORM.
	 * @param value the constant
	 * @return the literal
	 */
	static NumberLiteral literal(long value) {
		return new NumberLiteral(value);
	}

	/**
	 * A function call.
	 * @param function the function
	 * @param args the arguments
	 * @return the call
	 */
	static FunctionCall call(SqlFunction function, Expression... args) {
		return new FunctionCall(function, List.of(args));
	}

}
