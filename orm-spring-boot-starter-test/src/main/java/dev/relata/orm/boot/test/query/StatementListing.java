package dev.relata.orm.boot.test.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.relata.orm.jdbc.ExecutedStatement;

/**
 * The text a failing query budget shows: every statement, numbered from 1, then a line
 * per select that ran more than once, which is what an N+1 looks like.
 */
final class StatementListing {

	private static final String SELECT = "select";

	private StatementListing() {
	}

	/**
	 * Lists the statements after a colon, one a line, or ends the sentence when there are
	 * none.
	 * @param statements the statements in the order they ran
	 * @return {@code ":\n  1. select of User, 0 binds: SELECT ..."} or {@code "."}
	 */
	static String of(List<ExecutedStatement> statements) {
		if (statements.isEmpty()) {
			return ".";
		}
		StringBuilder text = new StringBuilder(":");
		for (int i = 0; i < statements.size(); i++) {
			text.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(line(statements.get(i)));
		}
		repeatedSelects(statements).forEach((numbers) -> text.append(System.lineSeparator())
			.append(repetition(statements.get(numbers.get(0) - 1), numbers)));
		return text.toString();
	}

	/**
	 * Returns whether a statement is a select.
	 * @param statement the statement
	 * @return whether its operation is {@code select}
	 */
	static boolean isSelect(ExecutedStatement statement) {
		return SELECT.equals(statement.operation());
	}

	/**
	 * Counts a noun: {@code 1 statement}, {@code 2 statements}.
	 * @param count how many
	 * @param noun the noun in the singular
	 * @return the count and the noun
	 */
	static String plural(int count, String noun) {
		return count + " " + noun + ((count != 1) ? "s" : "");
	}

	private static String line(ExecutedStatement statement) {
		String batch = (statement.batchSize() > 1) ? ", batch of " + statement.batchSize() : "";
		return statement.operation() + " of " + statement.model() + ", " + plural(statement.binds().size(), "bind")
				+ batch + ": " + statement.sql();
	}

	/**
	 * The statement numbers of each select SQL that ran more than once, in order of first
	 * appearance.
	 */
	private static List<List<Integer>> repeatedSelects(List<ExecutedStatement> statements) {
		Map<String, List<Integer>> numbersBySql = new LinkedHashMap<>();
		for (int i = 0; i < statements.size(); i++) {
			ExecutedStatement statement = statements.get(i);
			if (isSelect(statement)) {
				numbersBySql.computeIfAbsent(statement.sql(), (sql) -> new ArrayList<>()).add(i + 1);
			}
		}
		return numbersBySql.values().stream().filter((numbers) -> numbers.size() > 1).toList();
	}

	private static String repetition(ExecutedStatement statement, List<Integer> numbers) {
		String list = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return "The same select of " + statement.model() + " ran " + numbers.size() + " times (statements " + list
				+ "): a query per row? Load the relation with load(...) in the query that reads the rows instead.";
	}

}
