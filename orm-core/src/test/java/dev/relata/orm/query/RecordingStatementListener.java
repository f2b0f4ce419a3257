package dev.relata.orm.query;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;

/**
 * Records every statement an {@code Orm} runs, for assertions on their number and shape.
 */
final class RecordingStatementListener implements StatementListener {

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	@Override
	public void beforeStatement(ExecutedStatement statement) {
		this.statements.add(statement);
	}

	List<ExecutedStatement> statements() {
		return List.copyOf(this.statements);
	}

	List<String> sql() {
		return this.statements.stream().map(ExecutedStatement::sql).toList();
	}

	String lastSql() {
		return this.statements.get(this.statements.size() - 1).sql();
	}

	void clear() {
		this.statements.clear();
	}

}
