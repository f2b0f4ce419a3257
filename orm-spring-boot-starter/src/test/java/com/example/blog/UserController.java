package com.example.blog;

import java.util.List;

import dev.relata.orm.OrmRepository;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class UserController {

	private final OrmRepository<User> users;

	UserController(OrmRepository<User> users) {
		this.users = users;
	}

	@GetMapping("/users")
	List<User> all() {
		return this.users.query().orderBy("id").load("posts").load("role").many();
	}

	@GetMapping("/users/{id}")
	User one(@PathVariable long id) {
		return this.users.query()
			.whereKey(id)
			.load("posts")
			.one()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id));
	}

}
