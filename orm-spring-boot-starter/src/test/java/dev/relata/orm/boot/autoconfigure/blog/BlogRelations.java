package dev.relata.orm.boot.autoconfigure.blog;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.ReferentialAction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relations of the blog models, as an application declares them.
 */
@Configuration(proxyBeanMethods = false)
public class BlogRelations {

	@Bean
	public RelationDefinitions<User> userRelations() {
		return RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId, (fk) -> fk.onDelete(ReferentialAction.CASCADE))
					.belongsTo("role", Role.class, User::roleId));
	}

}
