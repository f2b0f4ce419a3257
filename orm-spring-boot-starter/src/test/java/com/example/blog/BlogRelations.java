package com.example.blog;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.ReferentialAction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BlogRelations {

	@Bean
	RelationDefinitions<User> userRelations() {
		return RelationDefinitions.of(User.class,
				r -> r.hasMany("posts", Post.class, Post::userId, fk -> fk.onDelete(ReferentialAction.CASCADE).index())
					.belongsTo("role", Role.class, User::roleId,
							fk -> fk.onDelete(ReferentialAction.SET_NULL).index()));
	}

}
