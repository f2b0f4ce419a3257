package dev.relata.sample.blog;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.ReferentialAction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blog's relations, one {@link RelationDefinitions} bean per model; Relata's starter
 * collects them and validates the schema at startup. The foreign-key options here
 * ({@code onDelete}, {@code index()}) are what Relata's Flyway migration applies.
 */
@Configuration(proxyBeanMethods = false)
public class BlogRelations {

	/**
	 * A user belongs to a role, has one profile, many posts and comments on their wall.
	 * @return the relations of {@link User}
	 */
	@Bean
	public RelationDefinitions<User> userRelations() {
		return RelationDefinitions.of(User.class, (r) -> r.morphAlias("user")
			.belongsTo("role", Role.class, User::roleId, (fk) -> fk.onDelete(ReferentialAction.SET_NULL).index())
			.hasOne("profile", Profile.class, Profile::userId, (fk) -> fk.onDelete(ReferentialAction.CASCADE))
			.hasMany("posts", Post.class, Post::userId, (fk) -> fk.onDelete(ReferentialAction.CASCADE).index())
			.morphMany("comments", Comment.class, "commentable"));
	}

	/**
	 * A post belongs to its author and a category, has tags through {@link PostTag} and
	 * comments.
	 * @return the relations of {@link Post}
	 */
	@Bean
	public RelationDefinitions<Post> postRelations() {
		return RelationDefinitions.of(Post.class,
				(r) -> r.morphAlias("post")
					.belongsTo("user", User.class, Post::userId)
					.belongsTo("category", Category.class, Post::categoryId,
							(fk) -> fk.onDelete(ReferentialAction.RESTRICT).index())
					.manyToMany("tags", Tag.class,
							(m) -> m.through(PostTag.class)
								.from(PostTag::postId)
								.to(PostTag::tagId)
								.onDelete(ReferentialAction.CASCADE))
					.morphMany("comments", Comment.class, "commentable"));
	}

	/**
	 * Categories form a tree: each has a parent (none for a root) and children, and files
	 * posts.
	 * @return the relations of {@link Category}
	 */
	@Bean
	public RelationDefinitions<Category> categoryRelations() {
		return RelationDefinitions.of(Category.class,
				(r) -> r
					.belongsTo("parent", Category.class, Category::parentId,
							(fk) -> fk.onDelete(ReferentialAction.RESTRICT).index())
					.hasMany("children", Category.class, Category::parentId)
					.hasMany("posts", Post.class, Post::categoryId));
	}

	/**
	 * A comment points at a post or a user.
	 * @return the relations of {@link Comment}
	 */
	@Bean
	public RelationDefinitions<Comment> commentRelations() {
		return RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable"));
	}

}
