package com.example.blog;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import dev.relata.orm.boot.test.query.QueryRecorder;
import dev.relata.orm.jdbc.ExecutedStatement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Query budgets in an {@code @OrmTest}: the statements of a test counted, and a budget
 * broken by a query per row failing with every statement listed.
 */
@OrmTest
class QueryBudgetTests {

	@Autowired
	private OrmRepository<User> users;

	@Autowired
	private QueryRecorder queries;

	@Test
	void aBudgetCountsEveryStatementOfTheTestAndItsSelectsApart() {
		this.users.insert(new User(null, "Barbara", null, null, null));
		List<User> all = this.users.query().orderBy("id").load("posts").many();

		assertThat(all).extracting((user) -> user.posts().size()).containsExactly(1, 2, 0, 0);
		assertThat(this.queries).hasCount(3).hasAtMost(3).hasSelects(2);
		assertThat(this.queries.statements()).extracting(ExecutedStatement::operation, ExecutedStatement::model)
			.containsExactly(tuple("insert", "User"), tuple("select", "User"), tuple("select", "Post"));
	}

	@Test
	void aBudgetBrokenByAQueryPerUserFailsWithEveryStatementListed() {
		for (User user : this.users.query().orderBy("id").many()) {
			this.users.related(user, "posts", Post.class).many();
		}

		List<String> sql = this.queries.statements().stream().map(ExecutedStatement::sql).toList();
		assertThat(sql).hasSize(4);
		assertThat(sql.get(1)).containsIgnoringCase("posts").isEqualTo(sql.get(2)).isEqualTo(sql.get(3));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.queries).hasAtMost(2))
			.withMessage(String.format(
					"Expecting at most 2 statements, but Relata ran 4:%n"
							+ "  1. select of User, 0 binds: %s%n  2. select of Post, 1 bind: %s%n"
							+ "  3. select of Post, 1 bind: %s%n  4. select of Post, 1 bind: %s%n"
							+ "The same select of Post ran 3 times (statements 2, 3, 4): a query per row? "
							+ "Load the relation with load(...) in the query that reads the rows instead.",
					sql.toArray()));
	}

}
