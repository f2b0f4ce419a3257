package dev.relata.orm.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records every statement an {@code Orm} runs, for assertions on their number, SQL and
 * binds in loader tests.
 */
final class StatementLog implements StatementListener {

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

	int count() {
		return this.statements.size();
	}

	ExecutedStatement get(int index) {
		return this.statements.get(index);
	}

	void clear() {
		this.statements.clear();
	}

	/**
	 * The binds of a statement with an array bind (a list) expanded into its elements,
	 * and a JSON key list (MariaDB's {@code JSON_TABLE(?, ...)}) into its keys.
	 */
	static List<Object> flatBinds(ExecutedStatement statement) {
		List<Object> flat = new ArrayList<>();
		for (Object bind : statement.binds()) {
			if (bind instanceof Collection<?> values) {
				flat.addAll(values);
			}
			else if (bind instanceof String json && statement.sql().contains("JSON_TABLE(")) {
				flat.addAll(jsonKeys(json));
			}
			else {
				flat.add(bind);
			}
		}
		return flat;
	}

	/**
	 * The integral keys of a JSON key list text, such as {@code [1,2,3]}.
	 */
	static List<Long> jsonKeys(String json) {
		assertThat(json).startsWith("[").endsWith("]");
		String body = json.substring(1, json.length() - 1);
		if (body.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(body.split(",")).map(Long::valueOf).toList();
	}

}
