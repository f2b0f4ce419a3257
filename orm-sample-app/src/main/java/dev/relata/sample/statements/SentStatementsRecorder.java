package dev.relata.sample.statements;

import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A {@link StatementListener} (Relata's starter registers every such bean on the
 * {@code Orm}) that adds each statement to the current request's {@link SentStatements}.
 * <p>
 * The listener itself is a singleton: the {@code Orm} is built once and calls it on the
 * thread that runs the statement, which for a request is the request's thread. Outside a
 * request (a test, a scheduled job) there is nothing to record into, and it does nothing,
 * where a request-scoped listener would fail the statement.
 */
public final class SentStatementsRecorder implements StatementListener {

	private final ObjectProvider<SentStatements> statements;

	/**
	 * Creates the recorder.
	 * @param statements the request-scoped statements, resolved per call
	 */
	public SentStatementsRecorder(ObjectProvider<SentStatements> statements) {
		this.statements = statements;
	}

	@Override
	public void afterStatement(ExecutedStatement statement, @Nullable RuntimeException failure) {
		if (RequestContextHolder.getRequestAttributes() != null) {
			this.statements.getObject().add(statement, failure);
		}
	}

}
