package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.write.NestedWrite;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.Profile;
import dev.relata.sample.blog.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/users}: the user and, optionally, its role, profile and
 * posts with their tags. Validated before use, so the fields Bean Validation requires are
 * present.
 *
 * @param name the display name
 * @param email the e-mail address, unique
 * @param roleId the key of an existing role, or {@code null}
 * @param profile the profile to create, or {@code null}
 * @param posts the posts to create, or {@code null}
 */
public record NewUser(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 200) String email,
		@Nullable @Positive Long roleId, @Nullable @Valid NewProfile profile,
		@Nullable @Size(max = 20) List<@NotNull @Valid NewPost> posts) {

	/**
	 * Returns the posts to create.
	 * @return the posts, empty when none were given
	 */
	public List<NewPost> postsOrNone() {
		return (this.posts != null) ? this.posts : List.of();
	}

	User toUser() {
		return User.of(this.name.strip(), this.email.strip());
	}

	void write(NestedWrite<User> user) {
		if (this.roleId != null) {
			user.connect("role", this.roleId);
		}
		if (this.profile != null) {
			user.create("profile", Profile.of(this.profile.bio()));
		}
		for (NewPost post : postsOrNone()) {
			user.create("posts", Post.of(post.categoryId(), post.title(), post.isPublished()),
					(created) -> created.connect("tags", post.tagIdsOrNone()));
		}
	}

	/**
	 * A profile to create.
	 *
	 * @param bio a short biography
	 */
	public record NewProfile(@NotBlank @Size(max = 500) String bio) {
	}

	/**
	 * A post to create, with the keys of existing tags.
	 *
	 * @param title the title
	 * @param categoryId the key of an existing category
	 * @param published whether readers see it ({@code true} when not given)
	 * @param tagIds the keys of existing tags, or {@code null}
	 */
	public record NewPost(@NotBlank @Size(max = 200) String title, @NotNull @Positive Long categoryId,
			@Nullable Boolean published, @Nullable @Size(max = 10) List<@NotNull @Positive Long> tagIds) {

		boolean isPublished() {
			return this.published == null || this.published;
		}

		/**
		 * Returns the tags to connect.
		 * @return the tag keys, empty when none were given
		 */
		public List<Long> tagIdsOrNone() {
			return (this.tagIds != null) ? this.tagIds : List.of();
		}

	}

}
