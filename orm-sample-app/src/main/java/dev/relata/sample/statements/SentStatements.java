package dev.relata.sample.statements;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;
import org.jspecify.annotations.Nullable;

/**
 * The statements Relata sent while serving one request: a request-scoped bean (see
 * {@link StatementRecordingConfiguration}), so concurrent requests never see each other's
 * statements.
 */
public class SentStatements {

	private final List<SentStatement> statements = new ArrayList<>();

	/**
	 * Adds a statement that ran or failed.
	 * @param statement the statement
	 * @param failure its failure, or {@code null}
	 */
	public synchronized void add(ExecutedStatement statement, @Nullable RuntimeException failure) {
		this.statements.add(SentStatement.of(statement, failure));
	}

	/**
	 * Returns the statements sent so far, in order.
	 * @return a copy of the statements
	 */
	public synchronized List<SentStatement> list() {
		return List.copyOf(this.statements);
	}

	/**
	 * Returns how many statements were sent so far.
	 * @return the number of statements
	 */
	public synchronized int count() {
		return this.statements.size();
	}

}
