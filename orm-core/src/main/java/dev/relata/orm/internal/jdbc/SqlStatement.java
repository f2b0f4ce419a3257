package dev.relata.orm.internal.jdbc;

import java.util.List;

import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.RenderedSql;

/**
 * A rendered statement ready to run, with what it is about.
 *
 * @param sql the SQL text with {@code ?} placeholders
 * @param binds the bind expressions ({@code Bind} or {@code ArrayBind}) in placeholder
 * order
 * @param model the simple name of the model, for messages, logs and observations
 * @param operation the kind of statement ({@code select}, {@code insert}, {@code update},
 * {@code delete})
 */
public record SqlStatement(String sql, List<Expression> binds, String model, String operation) {

	/**
	 * Creates a statement, copying the binds.
	 */
	public SqlStatement {
		binds = List.copyOf(binds);
	}

	/**
	 * Creates a statement from rendered SQL.
	 * @param rendered the SQL and its binds
	 * @param model the simple name of the model
	 * @param operation the kind of statement
	 * @return the statement
	 */
	public static SqlStatement of(RenderedSql rendered, String model, String operation) {
		return new SqlStatement(rendered.sql(), rendered.binds(), model, operation);
	}

}
