package com.example.blog;

import java.util.Optional;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.AutoConfigureQueryRecorder;
import dev.relata.orm.boot.test.query.QueryRecorder;
import dev.relata.orm.jdbc.ExecutedStatement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureQueryRecorder} gives a whole-application test a query recorder,
 * which hears the statements of the application's {@code Orm}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@AutoConfigureQueryRecorder
class AutoConfigureQueryRecorderTests {

	@Autowired
	private OrmRepository<User> users;

	@Autowired
	private QueryRecorder queries;

	@Test
	void theRecorderHearsTheStatementsOfTheApplicationsOrm() {
		Optional<User> ada = this.users.findById(1L);

		assertThat(ada).map(User::name).hasValue("Ada");
		assertThat(this.queries).hasCount(1).hasSelects(1);
		assertThat(this.queries.statements()).extracting(ExecutedStatement::model).containsExactly("User");
	}

}
