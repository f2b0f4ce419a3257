package com.example.blog;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import dev.relata.orm.boot.test.query.QueryRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query recorder is reset right before each test method: whichever of the two tests
 * runs second counts its own statement only, and neither counts the insert of its
 * {@code @BeforeEach} method.
 */
@OrmTest
class QueryRecorderResetTests {

	@Autowired
	private OrmRepository<User> users;

	@Autowired
	private QueryRecorder queries;

	@BeforeEach
	void addAUser() {
		this.users.insert(new User(null, "Barbara", null, null, null));
	}

	@Test
	void oneTestCountsItsOwnStatementOnly() {
		assertThat(this.users.query().count()).isEqualTo(4);
		assertThat(this.queries).hasCount(1);
	}

	@Test
	void anotherTestCountsItsOwnStatementOnly() {
		assertThat(this.users.query().count()).isEqualTo(4);
		assertThat(this.queries).hasCount(1);
	}

}
