package dev.relata.orm.boot.test.query;

import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the statements a {@link QueryRecorder} recorded: query budgets.
 * Obtained with AssertJ's {@code assertThat(queries)}; each assertion judges the
 * statements recorded when {@code assertThat} was called. A failure lists every
 * statement, numbered, with its operation, model, bind count and SQL, and points out a
 * select that ran once per row:
 *
 * <pre class="code">
 * Expecting at most 2 statements, but Relata ran 4:
 *   1. select of User, 0 binds: SELECT ... FROM "users" ORDER BY "id"
 *   2. select of Post, 1 bind: SELECT ... FROM "posts" WHERE "user_id" = ?
 *   3. select of Post, 1 bind: SELECT ... FROM "posts" WHERE "user_id" = ?
 *   4. select of Post, 1 bind: SELECT ... FROM "posts" WHERE "user_id" = ?
 * The same select of Post ran 3 times (statements 2, 3, 4): a query per row? ...
 * </pre>
 */
public final class QueryRecorderAssert extends AbstractAssert<QueryRecorderAssert, QueryRecorder> {

	private final List<ExecutedStatement> statements;

	QueryRecorderAssert(QueryRecorder recorder) {
		super(recorder, QueryRecorderAssert.class);
		this.statements = recorder.statements();
	}

	/**
	 * Verifies that Relata ran exactly the given number of statements (a JDBC batch
	 * counts as one).
	 * @param expected the number of statements
	 * @return this assertion, for chaining
	 */
	public QueryRecorderAssert hasCount(int expected) {
		if (this.statements.size() != expected) {
			fail("Expecting " + StatementListing.plural(expected, "statement"), ranAll());
		}
		return this;
	}

	/**
	 * Verifies that Relata ran no more than the given number of statements (a JDBC batch
	 * counts as one).
	 * @param max the most statements allowed
	 * @return this assertion, for chaining
	 */
	public QueryRecorderAssert hasAtMost(int max) {
		if (this.statements.size() > max) {
			fail("Expecting at most " + StatementListing.plural(max, "statement"), ranAll());
		}
		return this;
	}

	/**
	 * Verifies that exactly the given number of the statements were selects, whatever
	 * else ran.
	 * @param expected the number of selects
	 * @return this assertion, for chaining
	 */
	public QueryRecorderAssert hasSelects(int expected) {
		int selects = (int) this.statements.stream().filter(StatementListing::isSelect).count();
		if (selects != expected) {
			String ran = this.statements.isEmpty() ? "no statement"
					: selects + " among " + StatementListing.plural(this.statements.size(), "statement");
			fail("Expecting " + StatementListing.plural(expected, "select"), ran);
		}
		return this;
	}

	private String ranAll() {
		return this.statements.isEmpty() ? "none" : String.valueOf(this.statements.size());
	}

	private void fail(String expectation, String ran) {
		failWithMessage("%s", expectation + ", but Relata ran " + ran + StatementListing.of(this.statements));
	}

}
