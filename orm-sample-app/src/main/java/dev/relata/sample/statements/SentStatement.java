package dev.relata.sample.statements;

import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;
import org.jspecify.annotations.Nullable;

/**
 * One statement Relata sent, as the API shows it.
 *
 * @param model the model it is about
 * @param operation {@code select}, {@code insert}, {@code update} or {@code delete}
 * @param sql the SQL with {@code ?} placeholders
 * @param binds the bound values (for a batch, those of its first row)
 * @param batchSize the number of bind rows of a JDBC batch, else 1
 * @param failure the error message when it failed, else {@code null}
 */
public record SentStatement(String model, String operation, String sql, List<Object> binds, int batchSize,
		@Nullable String failure) {

	static SentStatement of(ExecutedStatement statement, @Nullable RuntimeException failure) {
		return new SentStatement(statement.model(), statement.operation(), statement.sql(), statement.binds(),
				statement.batchSize(), (failure != null) ? failure.getMessage() : null);
	}

}
