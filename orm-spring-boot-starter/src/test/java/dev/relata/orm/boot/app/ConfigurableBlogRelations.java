package dev.relata.orm.boot.app;

import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.Role;
import dev.relata.orm.boot.autoconfigure.blog.User;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.ReferentialAction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blog relations, with the {@code onDelete} of {@code User.posts} taken from the
 * property {@code blog.posts.on-delete}, so that a restart can change it.
 */
@Configuration(proxyBeanMethods = false)
class ConfigurableBlogRelations {

	@Bean
	static RelationDefinitions<User> userRelations(
			@Value("${blog.posts.on-delete:CASCADE}") ReferentialAction onDelete) {
		return RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId, (fk) -> fk.onDelete(onDelete))
					.belongsTo("role", Role.class, User::roleId));
	}

}
