package com.example.blog;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import dev.relata.orm.boot.test.query.QueryRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@OrmTest
class UserQueriesTests {

	@Autowired
	OrmRepository<User> users;

	@Autowired
	QueryRecorder queries;

	@Test
	void usersComeWithTheirPostsInTwoStatements() {
		List<User> all = this.users.query().orderBy("id").load("posts").many();

		assertThat(all).extracting(User::name).containsExactly("Ada", "Grace", "Alan");
		assertThat(all.get(1).posts()).extracting(Post::title).containsExactly("Compilers", "COBOL");
		assertThat(this.queries).hasCount(2);
	}

	@Test
	void aPageOfUsersWithPostsAndRolesTakesAtMostThreeStatements() {
		List<User> page = this.users.query().orderBy("name").limit(2).load("posts").load("role").many();

		assertThat(page).extracting(User::name).containsExactly("Ada", "Alan");
		assertThat(this.queries).hasAtMost(3);
	}

	@Test
	void aNewUserLastsUntilTheEndOfItsTest() {
		this.users.insert(new User(null, "Barbara", null, null, null));

		assertThat(this.users.query().count()).isEqualTo(4);
	}

}
