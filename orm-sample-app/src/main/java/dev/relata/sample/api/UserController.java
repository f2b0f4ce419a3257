package dev.relata.sample.api;

import java.net.URI;
import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.Direction;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.User;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The users: a page with eager loads and existence filters, one user with loads, one
 * user's posts read lazily, and a nested insert.
 */
@RestController
@RequestMapping("/api/users")
public class UserController {

	private final OrmRepository<User> users;

	private final UserQueries queries;

	private final NewUserReferences references;

	/**
	 * Creates the controller.
	 * @param users the users' repository
	 * @param queries builds queries from request parameters
	 * @param references checks the keys a new user refers to
	 */
	public UserController(OrmRepository<User> users, UserQueries queries, NewUserReferences references) {
		this.users = users;
		this.queries = queries;
		this.references = references;
	}

	/**
	 * {@code GET /api/users?load=posts,role&strategy=auto&limit=20&offset=0&has=posts&tag=java}.
	 * @param parameters the search
	 * @return a page of users, ordered by key
	 */
	@GetMapping
	public List<User> list(UserSearchParameters parameters) {
		return this.queries.search(UserSearch.of(parameters)).many();
	}

	/**
	 * {@code GET /api/users/1?load=posts.tags,profile}.
	 * @param id the user's key
	 * @param load relation paths to load, comma-separated
	 * @return the user
	 */
	@GetMapping("/{id}")
	public User one(@PathVariable long id, @RequestParam(required = false) @Nullable String load) {
		return this.queries.byKey(id, UserSearch.paths("load", load))
			.one()
			.orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * {@code GET /api/users/1/posts}: one user's posts, read with {@code related(...)}
	 * (one statement for the user, one for the posts). For the posts of many users, load
	 * them instead ({@code /api/users?load=posts}).
	 * @param id the user's key
	 * @return the posts, newest first
	 */
	@GetMapping("/{id}/posts")
	public List<Post> posts(@PathVariable long id) {
		User user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		return this.users.related(user, "posts", Post.class).query().orderBy("id", Direction.DESC).many();
	}

	/**
	 * {@code POST /api/users}: inserts a user, connects its role, creates its profile and
	 * its posts with their tags, in one transaction (one nested write).
	 * @param body the new user
	 * @return 201 with the user as stored, its role, profile and posts with their tags
	 */
	@PostMapping
	public ResponseEntity<User> create(@Valid @RequestBody NewUser body) {
		this.references.check(body);
		User inserted = this.users.insert(body.toUser(), body::write);
		User created = this.queries.byKey(inserted.id(), List.of("role", "profile", "posts.tags")).single();
		return ResponseEntity.created(URI.create("/api/users/" + inserted.id())).body(created);
	}

}
