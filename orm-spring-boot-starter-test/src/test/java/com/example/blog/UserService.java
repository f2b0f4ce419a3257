package com.example.blog;

import dev.relata.orm.OrmRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service of the guide's application: a component {@code @OrmTest} leaves out.
 */
@Service
class UserService {

	private final OrmRepository<User> users;

	UserService(OrmRepository<User> users) {
		this.users = users;
	}

	@Transactional
	User register(String name) {
		return this.users.insert(new User(null, name, null, null, null));
	}

}
