package com.example.blog;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import dev.relata.orm.boot.test.query.QueryRecorder;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

@OrmTest
@Testcontainers(disabledWithoutDocker = true)
class UserQueriesOnPostgreSQLTests {

	@Container
	@ServiceConnection
	static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

	@Autowired
	OrmRepository<User> users;

	@Autowired
	QueryRecorder queries;

	@Test
	void aUserFoundByIdTakesOneStatement() {
		assertThat(this.users.findById(1L)).map(User::name).hasValue("Ada");
		assertThat(this.queries).hasCount(1);
	}

}
