package dev.relata.sample.blog;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user of the blog. {@code role}, {@code profile}, {@code posts} and {@code comments}
 * are relation slots: {@code null} until a load fills them.
 *
 * @param id the key, {@code null} before the insert
 * @param name the display name
 * @param email the unique e-mail address
 * @param roleId the role's key (belongsTo {@code role}), or {@code null}
 * @param role the role, when loaded
 * @param profile the profile (hasOne), when loaded
 * @param posts the posts (hasMany), when loaded
 * @param comments the comments on this user's wall (morphMany), when loaded
 */
@Table("users")
public record User(@Id @Nullable Long id, String name, String email, @Nullable Long roleId, @Nullable Role role,
		@Nullable Profile profile, @Nullable List<Post> posts, @Nullable List<Comment> comments) {

	/**
	 * Keeps "not loaded" ({@code null}) apart from "loaded, none" (an empty list).
	 */
	public User {
		posts = (posts != null) ? List.copyOf(posts) : null;
		comments = (comments != null) ? List.copyOf(comments) : null;
	}

	/**
	 * Returns a new user, without key, role or relations, ready for an insert.
	 * @param name the display name
	 * @param email the e-mail address
	 * @return the user
	 */
	public static User of(String name, String email) {
		return new User(null, name, email, null, null, null, null, null);
	}

}
