package dev.relata.orm.boot.test.query;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;

/**
 * A {@link QueryRecorder} that keeps the statements in a list guarded by its own lock:
 * statements may arrive from any thread while a test reads or resets.
 */
final class DefaultQueryRecorder implements QueryRecorder {

	private final List<ExecutedStatement> statements = new ArrayList<>();

	@Override
	public void beforeStatement(ExecutedStatement statement) {
		synchronized (this.statements) {
			this.statements.add(statement);
		}
	}

	@Override
	public int count() {
		synchronized (this.statements) {
			return this.statements.size();
		}
	}

	@Override
	public List<ExecutedStatement> statements() {
		synchronized (this.statements) {
			return List.copyOf(this.statements);
		}
	}

	@Override
	public void reset() {
		synchronized (this.statements) {
			this.statements.clear();
		}
	}

	@Override
	public String toString() {
		return "QueryRecorder (" + count() + " statements)";
	}

}
