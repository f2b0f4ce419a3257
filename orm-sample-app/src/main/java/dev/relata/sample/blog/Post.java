package dev.relata.sample.blog;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A blog post, written by a user, filed in a category, tagged and commented on.
 *
 * @param id the key, {@code null} before the insert
 * @param userId the author's key; {@code null} in a nested {@code create}, which sets it
 * @param categoryId the category's key
 * @param title the title
 * @param published whether readers see it
 * @param user the author (belongsTo), when loaded
 * @param category the category (belongsTo), when loaded
 * @param tags the tags (manyToMany through {@link PostTag}), when loaded
 * @param comments the comments (morphMany), when loaded
 */
@Table("posts")
public record Post(@Id @Nullable Long id, @Nullable Long userId, Long categoryId, String title, boolean published,
		@Nullable User user, @Nullable Category category, @Nullable List<Tag> tags, @Nullable List<Comment> comments) {

	/**
	 * Keeps "not loaded" ({@code null}) apart from "loaded, none" (an empty list).
	 */
	public Post {
		tags = (tags != null) ? List.copyOf(tags) : null;
		comments = (comments != null) ? List.copyOf(comments) : null;
	}

	/**
	 * Returns a new post for a nested {@code create("posts", ...)}: the author's key is
	 * left {@code null} for Relata to set.
	 * @param categoryId the category's key
	 * @param title the title
	 * @param published whether readers see it
	 * @return the post
	 */
	public static Post of(Long categoryId, String title, boolean published) {
		return new Post(null, null, categoryId, title, published, null, null, null, null);
	}

}
