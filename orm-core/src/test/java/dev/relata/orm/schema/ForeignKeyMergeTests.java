package dev.relata.orm.schema;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.RelationDefinitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema's foreign keys: one per column and referenced key, with the options of every
 * definition that implies it merged.
 */
class ForeignKeyMergeTests {

	@Table("users")
	record User(@Id Long id, String name) {
	}

	@Table("posts")
	record Post(@Id Long id, String title, Long userId) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Test
	void belongsToAndItsInverseHasManyMergeIntoOneForeignKey() {
		OrmSchema schema = schema(
				RelationDefinitions.of(User.class,
						(r) -> r.hasMany("posts", Post.class, Post::userId,
								(fk) -> fk.onDelete(ReferentialAction.CASCADE).index())),
				RelationDefinitions.of(Post.class,
						(r) -> r.belongsTo("user", User.class, Post::userId,
								(fk) -> fk.onDelete(ReferentialAction.CASCADE)
									.onUpdate(ReferentialAction.RESTRICT)
									.constraintName("fk_posts_user"))));

		assertThat(schema.foreignKeys()).singleElement().satisfies((fk) -> {
			assertThat(fk.describe()).isEqualTo("posts.user_id -> users.id");
			assertThat(fk.model().type()).isEqualTo(Post.class);
			assertThat(fk.column().name()).isEqualTo("userId");
			assertThat(fk.referenced().type()).isEqualTo(User.class);
			assertThat(fk.referencedColumn().name()).isEqualTo("id");
			assertThat(fk.options()).isEqualTo(new ForeignKeyOptions(ReferentialAction.CASCADE,
					ReferentialAction.RESTRICT, "fk_posts_user", true));
			assertThat(fk.definedBy()).containsExactly("User.posts", "Post.user");
		});
	}

	@Test
	void foreignKeyWithoutOptionsHasNone() {
		OrmSchema schema = schema(
				RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)),
				RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId)));

		assertThat(schema.foreignKeys()).singleElement()
			.satisfies((fk) -> assertThat(fk.options()).isEqualTo(ForeignKeyOptions.NONE));
	}

	@Test
	void conflictingOptionsFailNamingBothDefinitions() {
		RelationDefinitions<Post> post = RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class,
				Post::userId, (fk) -> fk.onDelete(ReferentialAction.RESTRICT).constraintName("fk_a")));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(
					() -> schema(
							RelationDefinitions.of(User.class,
									(r) -> r.hasMany("posts", Post.class, Post::userId,
											(fk) -> fk.onDelete(ReferentialAction.CASCADE).constraintName("fk_b"))),
							post))
			.withMessage("The foreign key posts.user_id -> users.id is defined by User.posts and by Post.user (at "
					+ post.declarations().get(0).definedBy() + ") with conflicting options (onDelete CASCADE vs "
					+ "RESTRICT, constraintName fk_b vs fk_a); give the option on one definition only, or the same "
					+ "value on both");
	}

	@Test
	void manyToManyImpliesTwoForeignKeysOnTheJoinModelWithItsOptions() {
		OrmSchema schema = schema(RelationDefinitions.of(User.class,
				(r) -> r.manyToMany("tags", Tag.class,
						(m) -> m.through(UserTag.class)
							.from(UserTag::userId)
							.to(UserTag::tagId)
							.onDelete(ReferentialAction.CASCADE)
							.index())));

		assertThat(schema.foreignKeys()).extracting(ForeignKey::describe)
			.containsExactly("user_tags.user_id -> users.id", "user_tags.tag_id -> tags.id");
		assertThat(schema.foreignKeys()).allSatisfy((fk) -> {
			assertThat(fk.model().type()).isEqualTo(UserTag.class);
			assertThat(fk.options()).isEqualTo(new ForeignKeyOptions(ReferentialAction.CASCADE, null, null, true));
			assertThat(fk.definedBy()).containsExactly("User.tags");
		});
	}

	@Test
	void foreignKeysComeInDefinitionOrder() {
		OrmSchema schema = schema(
				RelationDefinitions.of(User.class,
						(r) -> r.hasMany("posts", Post.class, Post::userId)
							.manyToMany("tags", Tag.class,
									(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
				RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId)));

		assertThat(schema.foreignKeys()).extracting(ForeignKey::describe)
			.containsExactly("posts.user_id -> users.id", "user_tags.user_id -> users.id",
					"user_tags.tag_id -> tags.id");
		assertThat(schema.foreignKeys().get(0).definedBy()).containsExactly("User.posts", "Post.user");
	}

	@Test
	void optionsMergeKeepsGivenValuesAndRefusesOnlyConflicts() {
		ForeignKeyOptions delete = new ForeignKeyOptions(ReferentialAction.SET_NULL, null, null, null);
		ForeignKeyOptions index = new ForeignKeyOptions(ReferentialAction.SET_NULL, null, "fk_x", true);

		assertThat(delete.merge(index))
			.isEqualTo(new ForeignKeyOptions(ReferentialAction.SET_NULL, null, "fk_x", true));
		assertThat(ForeignKeyOptions.NONE.merge(delete)).isEqualTo(delete);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> delete.merge(new ForeignKeyOptions(ReferentialAction.CASCADE, null, null, null)))
			.withMessage("onDelete SET_NULL vs CASCADE");
	}

	// The models have no slots (a relation needs none), so each test defines only the
	// relations it is about.
	private static OrmSchema schema(RelationDefinitions<?>... relations) {
		return OrmSchema.builder()
			.models(User.class, Post.class, Tag.class, UserTag.class)
			.relations(relations)
			.build();
	}

}
