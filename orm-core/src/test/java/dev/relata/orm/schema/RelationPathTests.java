package dev.relata.orm.schema;

import java.util.List;

import dev.relata.orm.relation.RelationDefinitions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each relation kind answers through its path: the tables and column pairs from source to
 * target, the column matched against the parents' keys, the type conditions and whether
 * nested writes may go through it.
 */
class RelationPathTests {

	@Table("users")
	record User(@Id Long id, String name, @Nullable List<Post> posts) {
	}

	@Table("posts")
	record Post(@Id Long id, Long userId, @Nullable User user, @Nullable List<Comment> comments,
			@Nullable List<Tag> tags) {
	}

	@Table("comments")
	record Comment(@Id Long id, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Object commentable) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	private final OrmSchema schema = OrmSchema.builder()
		.models(User.class, Post.class, Comment.class, Tag.class, Taggable.class)
		.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)),
				RelationDefinitions.of(Post.class,
						(r) -> r.belongsTo("user", User.class, Post::userId)
							.morphMany("comments", Comment.class, "commentable")
							.morphToMany("tags", Tag.class, "taggable",
									(m) -> m.through(Taggable.class).from(Taggable::taggableId).to(Taggable::tagId))),
				RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
		.build();

	@Test
	void hasManyMatchesTheTargetsForeignKeyInOneStep() {
		RelationPath path = this.schema.relation(User.class, "posts").path();
		assertThat(path.steps()).singleElement().satisfies((step) -> {
			assertThat(step.table().name()).isEqualTo("Post");
			assertThat(step.parentColumn().column()).isEqualTo("id");
			assertThat(step.column().column()).isEqualTo("user_id");
		});
		assertThat(path.matchedKey().column()).isEqualTo("user_id");
		assertThat(path.keyOutsideTarget()).isFalse();
		assertThat(path.targetType()).isEmpty();
		assertThat(path.allowsNestedWrites()).isTrue();
	}

	@Test
	void belongsToMatchesTheTargetsKeyFromTheOwnForeignKey() {
		RelationPath path = this.schema.relation(Post.class, "user").path();
		assertThat(path.steps()).singleElement().satisfies((step) -> {
			assertThat(step.parentColumn().column()).isEqualTo("user_id");
			assertThat(step.column().column()).isEqualTo("id");
		});
		assertThat(path.allowsNestedWrites()).isTrue();
	}

	@Test
	void morphManyTypesTheTargetRowsAndTakesNoNestedWrites() {
		RelationPath path = this.schema.relation(Post.class, "comments").path();
		assertThat(path.matchedKey().column()).isEqualTo("commentable_id");
		assertThat(path.targetType()).hasValueSatisfying((type) -> {
			assertThat(type.column().column()).isEqualTo("commentable_type");
			assertThat(type.value()).isEqualTo("posts");
		});
		assertThat(path.joinRowsType()).isEmpty();
		assertThat(path.allowsNestedWrites()).isFalse();
	}

	@Test
	void morphToManyGoesThroughTypedJoinRows() {
		RelationPath path = this.schema.relation(Post.class, "tags").path();
		assertThat(path.steps()).hasSize(2);
		assertThat(path.steps().get(0).table().name()).isEqualTo("Taggable");
		assertThat(path.matchedKey().column()).isEqualTo("taggable_id");
		assertThat(path.keyOutsideTarget()).isTrue();
		assertThat(path.steps().get(1).parentColumn().column()).isEqualTo("tag_id");
		assertThat(path.steps().get(1).column().column()).isEqualTo("id");
		assertThat(path.joinRowsType()).hasValueSatisfying((type) -> assertThat(type.value()).isEqualTo("posts"));
		assertThat(path.targetType()).isEmpty();
		assertThat(path.allowsNestedWrites()).isTrue();
	}

	@Test
	void morphToHasNoSinglePathAndTakesNoNestedWrites() {
		RelationPath path = this.schema.relation(Comment.class, "commentable").path();
		assertThat(path.steps()).isEmpty();
		assertThat(path.allowsNestedWrites()).isFalse();
		assertThatIllegalStateException().isThrownBy(path::matchedKey);
	}

}
