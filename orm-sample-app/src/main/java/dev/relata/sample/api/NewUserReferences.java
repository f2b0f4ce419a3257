package dev.relata.sample.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.relata.orm.OrmRepository;
import dev.relata.sample.blog.Category;
import dev.relata.sample.blog.Role;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.User;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks, before a write, that the keys a request refers to exist (and that a new user's
 * e-mail address is free), so that a bad key is a 400 naming its field rather than a
 * constraint violation. The foreign keys still guard against a row deleted in between.
 */
@Component
public class NewUserReferences {

	private final OrmRepository<User> users;

	private final OrmRepository<Role> roles;

	private final OrmRepository<Category> categories;

	private final OrmRepository<Tag> tags;

	/**
	 * Creates the checker.
	 * @param users the users, for the e-mail address
	 * @param roles the roles
	 * @param categories the categories
	 * @param tags the tags
	 */
	public NewUserReferences(OrmRepository<User> users, OrmRepository<Role> roles, OrmRepository<Category> categories,
			OrmRepository<Tag> tags) {
		this.users = users;
		this.roles = roles;
		this.categories = categories;
		this.tags = tags;
	}

	/**
	 * Checks a new user's e-mail address and the role, categories and tags it refers to,
	 * in at most four statements.
	 * @param user the new user, validated
	 * @throws org.springframework.web.ErrorResponseException a 400 listing every bad
	 * field
	 */
	public void check(NewUser user) {
		FieldErrors errors = new FieldErrors();
		if (this.users.query().where("email", user.email().strip()).exists()) {
			errors.add("email", "a user with the e-mail address " + user.email().strip() + " exists already");
		}
		Long roleId = user.roleId();
		if (roleId != null && this.roles.findById(roleId).isEmpty()) {
			errors.add("roleId", "no role has the key " + roleId);
		}
		List<NewUser.NewPost> posts = user.postsOrNone();
		Set<Long> categoryIds = existing(this.categories, Category::id,
				posts.stream().map(NewUser.NewPost::categoryId).toList());
		Set<Long> tagIds = existing(this.tags, Tag::id,
				posts.stream().flatMap((post) -> post.tagIdsOrNone().stream()).toList());
		for (int i = 0; i < posts.size(); i++) {
			NewUser.NewPost post = posts.get(i);
			if (!categoryIds.contains(post.categoryId())) {
				errors.add("posts[" + i + "].categoryId", "no category has the key " + post.categoryId());
			}
			List<Long> missing = post.tagIdsOrNone().stream().filter((id) -> !tagIds.contains(id)).toList();
			if (!missing.isEmpty()) {
				errors.add("posts[" + i + "].tagIds", "no tag has the keys " + missing);
			}
		}
		errors.throwIfAny();
	}

	/**
	 * Checks that tags exist.
	 * @param field the field holding the keys, for the error
	 * @param ids the tag keys
	 * @throws org.springframework.web.ErrorResponseException a 400 naming the missing
	 * keys
	 */
	public void checkTags(String field, List<Long> ids) {
		Set<Long> found = existing(this.tags, Tag::id, ids);
		List<Long> missing = ids.stream().filter((id) -> !found.contains(id)).toList();
		if (!missing.isEmpty()) {
			new FieldErrors().add(field, "no tag has the keys " + missing).throwIfAny();
		}
	}

	private static <T> Set<Long> existing(OrmRepository<T> repository, Function<T, @Nullable Long> key,
			Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return repository.query().whereIn("id", Set.copyOf(ids)).many().stream().map(key).collect(Collectors.toSet());
	}

}
