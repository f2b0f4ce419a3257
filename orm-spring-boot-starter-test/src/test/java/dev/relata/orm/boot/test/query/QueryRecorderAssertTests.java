package dev.relata.orm.boot.test.query;

import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Query budgets: what passes, and what a failing one says.
 */
class QueryRecorderAssertTests {

	private static final String USERS = "SELECT \"id\", \"name\" FROM \"users\" ORDER BY \"id\"";

	private static final String POSTS_OF_USER = "SELECT \"id\", \"title\" FROM \"posts\" WHERE \"user_id\" = ?";

	private final QueryRecorder queries = QueryRecorder.create();

	@Test
	void budgetsThatHoldPassAndChain() {
		ran(users(), postsOf(1));

		assertThat(this.queries).hasCount(2).hasAtMost(2).hasAtMost(3).hasSelects(2);
	}

	@Test
	void aBrokenBudgetListsEveryStatementAndTheSelectThatRanPerRow() {
		ran(users(), postsOf(1), postsOf(2), postsOf(3));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasCount(2))
			.withMessage(String.format(
					"Expecting 2 statements, but Relata ran 4:%n"
							+ "  1. select of User, 0 binds: %1$s%n  2. select of Post, 1 bind: %2$s%n"
							+ "  3. select of Post, 1 bind: %2$s%n  4. select of Post, 1 bind: %2$s%n"
							+ "The same select of Post ran 3 times (statements 2, 3, 4): a query per row? "
							+ "Load the relation with load(...) in the query that reads the rows instead.",
					USERS, POSTS_OF_USER));
	}

	@Test
	void hasAtMostFailsAboveTheBudgetOnly() {
		ran(users(), postsOf(1));

		assertThat(this.queries).hasAtMost(2);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasAtMost(1))
			.withMessageStartingWith(String.format("Expecting at most 1 statement, but Relata ran 2:%n"
					+ "  1. select of User, 0 binds: %s%n  2. select of Post, 1 bind: ", USERS));
	}

	@Test
	void noStatementAtAllIsSaidSo() {
		assertThat(this.queries).hasCount(0).hasSelects(0);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasCount(1))
			.withMessage("Expecting 1 statement, but Relata ran none.");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasSelects(2))
			.withMessage("Expecting 2 selects, but Relata ran no statement.");
	}

	@Test
	void hasSelectsCountsSelectsAmongTheOtherStatements() {
		ExecutedStatement insert = new ExecutedStatement("Post", "insert",
				"INSERT INTO \"posts\" (\"title\", \"user_id\") VALUES (?, ?)", List.of("Notes", 1L), 3);
		ran(users(), insert);

		assertThat(this.queries).hasSelects(1).hasCount(2);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasSelects(2))
			.withMessage(String.format(
					"Expecting 2 selects, but Relata ran 1 among 2 statements:%n"
							+ "  1. select of User, 0 binds: %s%n  2. insert of Post, 2 binds, batch of 3: %s",
					USERS, insert.sql()));
	}

	@Test
	void onlyASelectRepeatedWithTheSameSqlIsPointedOut() {
		ExecutedStatement update = new ExecutedStatement("User", "update", "UPDATE \"users\" SET \"name\" = ?",
				List.of("Ada"), 1);
		ran(update, update, users(), postsOf(1));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasCount(0))
			.withMessageNotContaining("The same");
	}

	@Test
	void theDescriptionOfTheAssertionComesFirst() {
		ran(users());

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.queries).as("the users page").hasCount(0))
			.withMessageStartingWith("[the users page] Expecting 0 statements, but Relata ran 1:");
	}

	@Test
	void anAssertionJudgesTheStatementsRecordedWhenItWasMade() {
		ran(users());
		QueryRecorderAssert budget = assertThat(this.queries);
		ran(postsOf(1));

		budget.hasCount(1);
		assertThat(this.queries).hasCount(2);
	}

	private void ran(ExecutedStatement... statements) {
		for (ExecutedStatement statement : statements) {
			this.queries.beforeStatement(statement);
		}
	}

	private static ExecutedStatement users() {
		return new ExecutedStatement("User", "select", USERS, List.of(), 1);
	}

	private static ExecutedStatement postsOf(long userId) {
		return new ExecutedStatement("Post", "select", POSTS_OF_USER, List.of(userId), 1);
	}

}
