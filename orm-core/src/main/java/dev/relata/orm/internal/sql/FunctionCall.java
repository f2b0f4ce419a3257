package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * A call of a SQL function: {@code MAX(t1."id")}, {@code COALESCE(x, 0)}.
 *
 * @param function the function
 * @param args the arguments, in order
 */
public record FunctionCall(SqlFunction function, List<Expression> args) implements Expression {

	/**
	 * Checks the components and copies the arguments.
	 */
	public FunctionCall {
		Objects.requireNonNull(function, "function");
		args = List.copyOf(args);
	}

}
