package com.example.blog;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code @OrmTest} test's writes are rolled back when it ends: after each of the two
 * tests below, each of which adds a user, the table holds the application's users again,
 * and neither test sees the other's user.
 */
@OrmTest
class RollbackTests {

	@Autowired
	private OrmRepository<User> users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void oneTestsUserIsItsOwn() {
		addUserAndSeeFour("Barbara");
	}

	@Test
	void anotherTestsUserIsItsOwn() {
		addUserAndSeeFour("Edsger");
	}

	private void addUserAndSeeFour(String name) {
		this.users.insert(new User(null, name, null, null, null));
		assertThat(this.users.query().orderBy("id").many()).extracting(User::name)
			.containsExactly("Ada", "Grace", "Alan", name);
	}

	@AfterTransaction
	void theApplicationsUsersAreAllThatIsLeft() {
		assertThat(this.jdbc.queryForList("SELECT name FROM users ORDER BY id", String.class)).containsExactly("Ada",
				"Grace", "Alan");
	}

}
