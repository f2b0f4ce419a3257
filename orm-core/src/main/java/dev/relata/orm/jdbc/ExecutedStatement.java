package dev.relata.orm.jdbc;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;

/**
 * A statement as Relata runs it, reported to {@link StatementListener}s.
 *
 * @param model the simple name of the model the statement is about
 * @param operation the kind of statement: {@code select}, {@code insert}, {@code update}
 * or {@code delete}
 * @param sql the SQL text with {@code ?} placeholders
 * @param binds the bound values in placeholder order (for a batch, those of its first
 * row); an array bind as the list of all its values, SQL {@code NULL} as {@code "null"}
 * @param batchSize the number of bind rows (1 unless the statement is a JDBC batch)
 */
public record ExecutedStatement(String model, String operation, String sql, List<Object> binds, int batchSize) {

	/**
	 * Creates a statement, copying the binds.
	 */
	public ExecutedStatement {
		binds = Collections.unmodifiableList(new ArrayList<>(binds));
	}

}
