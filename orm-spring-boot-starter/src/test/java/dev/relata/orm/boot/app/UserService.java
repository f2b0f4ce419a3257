package dev.relata.orm.boot.app;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes through two repositories in one transaction.
 */
@Service
public class UserService {

	private final OrmRepository<User> users;

	private final OrmRepository<Post> posts;

	UserService(OrmRepository<User> users, OrmRepository<Post> posts) {
		this.users = users;
		this.posts = posts;
	}

	/**
	 * Registers a user with a first post, then fails when asked to: the caller sees
	 * either both rows or neither.
	 * @param name the user's name
	 * @param title the title of the first post
	 * @param fail whether to throw after both writes
	 * @return the user
	 */
	@Transactional
	public User register(String name, String title, boolean fail) {
		User user = this.users.insert(new User(name, null));
		this.posts.insert(new Post(null, title, user.id()));
		if (fail) {
			throw new IllegalStateException("registration of " + name + " failed after both writes");
		}
		return user;
	}

}
