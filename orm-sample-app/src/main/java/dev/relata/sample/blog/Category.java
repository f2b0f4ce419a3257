package dev.relata.sample.blog;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A category of posts, in a tree: a root category has no parent.
 *
 * @param id the key
 * @param name the name
 * @param parentId the parent's key, or {@code null} for a root
 * @param parent the parent (belongsTo), when loaded
 * @param children the child categories (hasMany), when loaded
 * @param posts the posts filed here (hasMany), when loaded
 * @param childrenCount the number of children, when counted with
 * {@code withCount("children")} (an aggregate slot, by its name)
 */
@Table("categories")
public record Category(@Id @Nullable Long id, String name, @Nullable Long parentId, @Nullable Category parent,
		@Nullable List<Category> children, @Nullable List<Post> posts, @Nullable Long childrenCount) {

	/**
	 * Keeps "not loaded" ({@code null}) apart from "loaded, none" (an empty list).
	 */
	public Category {
		children = (children != null) ? List.copyOf(children) : null;
		posts = (posts != null) ? List.copyOf(posts) : null;
	}

}
