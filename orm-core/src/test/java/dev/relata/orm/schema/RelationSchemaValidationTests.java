package dev.relata.orm.schema;

import java.util.List;
import java.util.Set;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import dev.relata.orm.relation.RelationDefinitions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema resolves relation definitions and refuses each problem with the relation,
 * where it was defined and the fix, collecting all of them into one message.
 */
class RelationSchemaValidationTests {

	private static final String SITE = "RelationSchemaValidationTests \\(RelationSchemaValidationTests\\.java:\\d+\\)";

	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable String code, @Nullable List<Post> posts,
			@Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags, @Nullable Long postsCount) {
	}

	record Role(@Id Long id, String name) {
	}

	record Profile(@Id Long id, Long userId, String bio) {
	}

	record Post(@Id Long id, String title, Long userId) {

		String slug() {
			return this.title.toLowerCase();
		}

	}

	record Tag(@Id Long id, String name) {
	}

	record UserTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	record Category(@Id Long id, String name, @Nullable Long parentId, @Nullable Category parent,
			@Nullable List<Category> children) {
	}

	record Account(@Id Long id, Integer roleId, @Nullable Role role) {
	}

	record Member(@Id Long id, String roleId, @Nullable Role role) {
	}

	record Holder(@Id Long id, Long userId, Long tagId, @Nullable UserTag link) {
	}

	record Writer(@Id Long id, @Nullable Set<Post> posts, @Nullable Role profile) {
	}

	record Loner(@Id Long id, @Nullable List<Post> posts) {
	}

	@Test
	void everyKindResolvesToTheModelsAndKeysThatMatchRows() {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
			.relations(userRelations())
			.build();

		assertThat(schema.relations(User.class)).extracting(Relation::toString)
			.containsExactly("hasOne User.profile -> Profile", "hasMany User.posts -> Post",
					"belongsTo User.role -> Role", "manyToMany User.tags -> Tag");
		Relation posts = schema.relation(User.class, "posts");
		assertThat(posts.sourceKey().qualifiedName()).isEqualTo("User.id");
		assertThat(posts.targetKey().qualifiedName()).isEqualTo("Post.userId");
		assertThat(posts.slot()).map(ModelProperty::kind).contains(PropertyKind.RELATION_SLOT);
		Relation role = schema.relation(User.class, "role");
		assertThat(role.sourceKey().qualifiedName()).isEqualTo("User.roleId");
		assertThat(role.targetKey().qualifiedName()).isEqualTo("Role.id");
		Relation tags = schema.relation(User.class, "tags");
		assertThat(tags.through()).map(EntityModel::name).contains("UserTag");
		assertThat(tags.throughSourceKey()).map(ModelProperty::qualifiedName).contains("UserTag.userId");
		assertThat(tags.throughTargetKey()).map(ModelProperty::qualifiedName).contains("UserTag.tagId");
		assertThat(role.definedBy()).matches(SITE);
		assertThat(schema.model(User.class).property("postsCount").kind()).isEqualTo(PropertyKind.AGGREGATE_SLOT);
	}

	@Test
	void unknownRelationNamesTheRelationsTheModelHas() {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
			.relations(userRelations())
			.build();

		assertThatExceptionOfType(UnknownRelationException.class).isThrownBy(() -> schema.relation(User.class, "post"))
			.withMessage("User has no relation 'post'; it has: posts, profile, role, tags");
		assertThatExceptionOfType(UnknownRelationException.class).isThrownBy(() -> schema.relation(Role.class, "users"))
			.withMessage("Role has no relation 'users'; it has none (define relations with "
					+ "RelationDefinitions.of(Role.class, r -> ...))");
	}

	@Test
	void selfReferencesAreValid() {
		OrmSchema schema = OrmSchema.builder()
			.models(Category.class)
			.relations(RelationDefinitions.of(Category.class,
					(r) -> r.belongsTo("parent", Category.class, Category::parentId)
						.hasMany("children", Category.class, Category::parentId)))
			.build();

		assertThat(schema.relation(Category.class, "parent").target().type()).isEqualTo(Category.class);
		assertThat(schema.relation(Category.class, "children").targetKey().qualifiedName())
			.isEqualTo("Category.parentId");
		assertThat(schema.foreignKeys()).singleElement()
			.satisfies((fk) -> assertThat(fk.describe()).isEqualTo("category.parent_id -> category.id"));
	}

	@Test
	void severalDefinitionsOfOneModelMerge() {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)),
					RelationDefinitions.of(User.class,
							(r) -> r.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))))
			.build();

		assertThat(schema.relations(User.class)).extracting(Relation::name)
			.containsExactly("posts", "role", "profile", "tags");
	}

	@Test
	void integerForeignKeyMayReferenceALongKey() {
		OrmSchema schema = OrmSchema.builder()
			.models(Account.class, Role.class)
			.relations(RelationDefinitions.of(Account.class, (r) -> r.belongsTo("role", Role.class, Account::roleId)))
			.build();

		assertThat(schema.relation(Account.class, "role").sourceKey().javaType()).isEqualTo(Integer.class);
	}

	@Test
	void stringForeignKeyToALongKeyIsRefused() {
		RelationDefinitions<Member> relations = RelationDefinitions.of(Member.class,
				(r) -> r.belongsTo("role", Role.class, Member::roleId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Member.class, Role.class).relations(relations).build())
			.withMessage("Member.role (defined at " + site(relations, 0) + "): Member.roleId (String) cannot "
					+ "reference Role.id (Long); give both the same type");
	}

	@Test
	void relationToACompositeKeyIsRefused() {
		RelationDefinitions<Holder> relations = RelationDefinitions.of(Holder.class,
				(r) -> r.belongsTo("link", UserTag.class, Holder::userId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Holder.class, UserTag.class).relations(relations).build())
			.withMessage("Holder.link (defined at " + site(relations, 0) + "): UserTag has a composite key; "
					+ "relations to or from a model with a composite key are not supported yet: reference a "
					+ "single-column unique key with ownerKey(...)");
	}

	@Test
	void slotOfTheWrongTypeIsRefused() {
		RelationDefinitions<Writer> relations = RelationDefinitions.of(Writer.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId).hasOne("profile", Profile.class, Profile::userId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Writer.class, Post.class, Profile.class, Role.class)
				.relations(relations)
				.build())
			.withMessage("The schema has 2 problems:" + System.lineSeparator() + "- Writer.posts (defined at "
					+ site(relations, 0) + "): the property posts must be a List<Post> to hold this hasMany relation"
					+ System.lineSeparator() + "- Writer.profile (defined at " + site(relations, 1)
					+ "): the property profile must be a Profile to hold this hasOne relation");
	}

	@Test
	void slotNoRelationClaimsIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Loner.class, Post.class).build())
			.withMessage("Loner.posts: a List property that no relation claims; define a relation named 'posts' "
					+ "with RelationDefinitions.of(Loner.class, r -> ...), or register a ValueConverter if it is a "
					+ "column");
	}

	@Test
	void relationNamedLikeAColumnIsRefused() {
		RelationDefinitions<Post> relations = RelationDefinitions.of(Post.class,
				(r) -> r.belongsTo("title", User.class, Post::userId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
				.relations(relations, userRelations())
				.build())
			.withMessage("Post.title (defined at " + site(relations, 0) + "): the name is taken by the column "
					+ "property Post.title; give the relation another name");
	}

	@Test
	void relationDefinedTwiceNamesBothSites() {
		RelationDefinitions<User> first = RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId));
		RelationDefinitions<User> second = RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Loner.class, Post.class)
				.relations(RelationDefinitions.of(Loner.class, (r) -> r.hasMany("posts", Post.class, Post::userId)))
				.models(User.class, Role.class, Profile.class, Tag.class, UserTag.class)
				.relations(first, second, userRelationsWithoutPosts())
				.build())
			.withMessage("User.posts: defined twice, at " + site(first, 0) + " and at " + site(second, 0)
					+ "; relation names must be unique per model");
		assertThat(site(first, 0)).matches(SITE).isNotEqualTo(site(second, 0));
	}

	@Test
	void keyThatIsNotAColumnListsTheColumns() {
		RelationDefinitions<Category> relations = RelationDefinitions.of(Category.class,
				(r) -> r.belongsTo("parent", Category.class, Category::parentId)
					.hasMany("children", Category.class, Category::parent));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Category.class).relations(relations).build())
			.withMessage("Category.children (defined at " + site(relations, 1) + "): its foreign key 'parent' is "
					+ "not a column of Category; Category has: id, name, parentId");
	}

	@Test
	void ownerKeyThatIsNotAColumnListsTheColumns() {
		RelationDefinitions<User> relations = RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId, (fk) -> fk.ownerKey(User::postsCount))
					.belongsTo("role", Role.class, User::roleId)
					.hasOne("profile", Profile.class, Profile::userId)
					.manyToMany("tags", Tag.class,
							(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
				.relations(relations)
				.build())
			.withMessage("User.posts (defined at " + site(relations, 0) + "): its referenced key 'postsCount' is "
					+ "not a column of User; User has: id, name, roleId, code");
	}

	@Test
	void methodThatIsNotAnAccessorIsRefusedWhenDefined() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(Loner.class, (r) -> r.hasMany("posts", Post.class, Post::slug)))
			.withMessage("Post::slug is not a property accessor; use a method reference to a property accessor "
					+ "such as User::name, User::getName or User::isActive");
	}

	@Test
	void modelsOutsideTheSchemaAreRefusedWithTheFix() {
		RelationDefinitions<Loner> unknownTarget = RelationDefinitions.of(Loner.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId));
		RelationDefinitions<Category> unknownOwner = RelationDefinitions.of(Category.class,
				(r) -> r.belongsTo("parent", Category.class, Category::parentId));
		RelationDefinitions<Post> unknownJoinModel = RelationDefinitions.of(Post.class, (r) -> r.manyToMany("tags",
				Tag.class, (m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));

		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(
				() -> OrmSchema.builder().models(Loner.class, Tag.class).relations(unknownTarget, unknownOwner).build())
			.withMessageContaining("- Loner.posts (defined at " + site(unknownTarget, 0)
					+ "): its target Post is not a model of the schema; add it with OrmSchema.builder().models(...)")
			.withMessageContaining("- Category.parent (defined at " + site(unknownOwner, 0)
					+ "): Category is not a model of the schema; add it with OrmSchema.builder().models(...)");
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Post.class, Tag.class).relations(unknownJoinModel).build())
			.withMessage("Post.tags (defined at " + site(unknownJoinModel, 0) + "): its join model UserTag is not "
					+ "a model of the schema; add it with OrmSchema.builder().models(...)");
	}

	@Test
	void manyToManyWithoutJoinModelOrJoinKeysIsRefused() {
		RelationDefinitions<Post> noThrough = RelationDefinitions.of(Post.class,
				(r) -> r.manyToMany("tags", Tag.class, (m) -> {
				}));
		RelationDefinitions<Post> noTo = RelationDefinitions.of(Post.class,
				(r) -> r.manyToMany("tags", Tag.class, (m) -> m.through(UserTag.class).from(UserTag::userId)));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Post.class, Tag.class).relations(noThrough).build())
			.withMessage("Post.tags (defined at " + site(noThrough, 0) + "): a manyToMany needs its join model: "
					+ "m -> m.through(Join.class).from(Join::ownerId).to(Join::targetId)");
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Post.class, Tag.class, UserTag.class).relations(noTo).build())
			.withMessage("Post.tags (defined at " + site(noTo, 0) + "): its join key to(...) is missing");
	}

	@Test
	void everyProblemIsCollectedIntoOneMessage() {
		RelationDefinitions<Member> member = RelationDefinitions.of(Member.class,
				(r) -> r.belongsTo("role", Role.class, Member::roleId));
		RelationDefinitions<Holder> holder = RelationDefinitions.of(Holder.class,
				(r) -> r.belongsTo("link", UserTag.class, Holder::userId));

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Member.class, Role.class, Holder.class, UserTag.class, Loner.class, Post.class)
				.relations(member, holder)
				.build())
			.satisfies((ex) -> assertThat(ex.getMessage().split(System.lineSeparator())).containsExactly(
					"The schema has 3 problems:",
					"- Member.role (defined at " + site(member, 0) + "): Member.roleId (String) cannot reference "
							+ "Role.id (Long); give both the same type",
					"- Holder.link (defined at " + site(holder, 0) + "): UserTag has a composite key; relations to "
							+ "or from a model with a composite key are not supported yet: reference a single-column "
							+ "unique key with ownerKey(...)",
					"- Loner.posts: a List property that no relation claims; define a relation named 'posts' with "
							+ "RelationDefinitions.of(Loner.class, r -> ...), or register a ValueConverter if it is "
							+ "a column"));
	}

	static RelationDefinitions<User> userRelations() {
		return RelationDefinitions.of(User.class, (r) -> r.hasOne("profile", Profile.class, Profile::userId)
			.hasMany("posts", Post.class, Post::userId)
			.belongsTo("role", Role.class, User::roleId)
			.manyToMany("tags", Tag.class, (m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));
	}

	private static RelationDefinitions<User> userRelationsWithoutPosts() {
		return RelationDefinitions.of(User.class, (r) -> r.belongsTo("role", Role.class, User::roleId)
			.hasOne("profile", Profile.class, Profile::userId)
			.manyToMany("tags", Tag.class, (m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));
	}

	private static String site(RelationDefinitions<?> definitions, int index) {
		return definitions.declarations().get(index).definedBy();
	}

}
