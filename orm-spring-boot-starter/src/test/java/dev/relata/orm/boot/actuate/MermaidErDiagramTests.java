package dev.relata.orm.boot.actuate;

import java.util.List;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mermaid ER diagram of a schema with every kind of relation.
 */
class MermaidErDiagramTests {

	@Table("users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable Role role, @Nullable Profile profile,
			@Nullable List<Post> posts, @Nullable List<Tag> tags, @Nullable List<Comment> comments) {
	}

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("profiles")
	record Profile(@Id Long id, Long userId, byte[] avatar) {
	}

	@Table("posts")
	record Post(@Id Long id, Long userId, String title, @Nullable User author, @Nullable List<Comment> comments) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("comments")
	record Comment(@Id Long id, String commentableType, Long commentableId, @Nullable Object commentable) {
	}

	static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, Comment.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.hasMany("posts", Post.class, Post::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))
								.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Post.class,
							(r) -> r.belongsTo("author", User.class, Post::userId)
								.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
			.build();
	}

	@Test
	void everyModelIsAnEntityAndEveryForeignKeyOneLine() {
		assertThat(MermaidErDiagram.of(schema())).isEqualTo("""
				erDiagram
				    User {
				        Long id PK
				        String name
				        Long role_id FK
				    }
				    Role {
				        Long id PK
				        String name
				    }
				    Profile {
				        Long id PK
				        Long user_id FK
				        bytes avatar
				    }
				    Post {
				        Long id PK
				        Long user_id FK
				        String title
				    }
				    Tag {
				        Long id PK
				        String name
				    }
				    UserTag {
				        Long user_id PK, FK
				        Long tag_id PK, FK
				    }
				    Comment {
				        Long id PK
				        String commentable_type
				        Long commentable_id
				    }
				    Role ||--o{ User : "role"
				    User ||--o| Profile : "profile"
				    User ||--o{ Post : "posts, author"
				    User ||--o{ UserTag : "tags"
				    Tag ||--o{ UserTag : "tags"
				    User ||..o{ Comment : "comments, commentable"
				    Post ||..o{ Comment : "comments, commentable"
				""");
	}

}
