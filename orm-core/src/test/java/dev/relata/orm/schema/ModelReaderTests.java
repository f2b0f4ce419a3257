package dev.relata.orm.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import dev.relata.orm.exception.UnknownPropertyException;
import dev.relata.orm.relation.RelationDefinitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelReaderTests {

	private final OrmSchema schema = OrmSchema.builder()
		.models(User.class, Role.class, Post.class, UserTag.class, Account.class)
		.relations(relations())
		.build();

	private static List<RelationDefinitions<?>> relations() {
		return List.of(
				RelationDefinitions.of(User.class,
						(r) -> r.hasMany("posts", Post.class, Post::authorId)
							.belongsTo("role", Role.class, User::roleId)),
				RelationDefinitions.of(Post.class, (r) -> r.belongsTo("author", User.class, Post::authorId)
					.hasMany("tags", UserTag.class, UserTag::tagId)));
	}

	@Test
	void readsRecordComponentsInOrderWithKindsAndColumns() {
		EntityModel<User> users = this.schema.model(User.class);

		assertThat(users.table()).isEqualTo("users");
		assertThat(users.schemaName()).isEqualTo("app");
		assertThat(users.properties()).extracting(ModelProperty::name)
			.containsExactly("id", "name", "roleId", "bio", "posts", "role", "postsCount", "score");
		assertThat(users.properties()).extracting(ModelProperty::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(users.properties()).extracting(ModelProperty::kind)
			.containsExactly(PropertyKind.COLUMN, PropertyKind.COLUMN, PropertyKind.COLUMN, PropertyKind.COLUMN,
					PropertyKind.RELATION_SLOT, PropertyKind.RELATION_SLOT, PropertyKind.AGGREGATE_SLOT,
					PropertyKind.AGGREGATE_SLOT);
		assertThat(users.columns()).extracting(ModelProperty::column)
			.containsExactly("id", "name", "role_id", "biography");
		assertThat(users.property("posts").column()).isNull();
	}

	@Test
	void readsColumnOptionsAndMakesKeysAndPrimitivesNotNull() {
		EntityModel<User> users = this.schema.model(User.class);

		assertThat(users.property("bio").options()).isEqualTo(new ColumnOptions(200, 0, 0, true, true));
		assertThat(users.property("name").options()).isEqualTo(ColumnOptions.DEFAULTS);
		assertThat(users.property("id").options().nullable()).isFalse();
		assertThat(this.schema.model(Account.class).property("balance").options())
			.isEqualTo(new ColumnOptions(255, 12, 2, true, false));
		assertThat(this.schema.model(Account.class).property("active").options().nullable()).isFalse();
	}

	@Test
	void keyIsThePropertyNamedIdWithoutIdAnnotation() {
		EntityModel<User> users = this.schema.model(User.class);

		assertThat(users.keys()).extracting(ModelProperty::name).containsExactly("id");
		assertThat(users.compositeKey()).isFalse();
		assertThat(users.generatedKey()).isTrue();
	}

	@Test
	void severalIdAnnotationsMakeACompositeKeyThatIsNotGenerated() {
		EntityModel<UserTag> userTags = this.schema.model(UserTag.class);

		assertThat(userTags.keys()).extracting(ModelProperty::name).containsExactly("userId", "tagId");
		assertThat(userTags.compositeKey()).isTrue();
		assertThat(userTags.generatedKey()).isFalse();
		assertThat(userTags.keyValue(new UserTag(1L, 2L, "me"))).isEqualTo(Key.of(1L, 2L));
		assertThat(userTags.keyValue(new UserTag(1L, null, "me"))).isNull();
	}

	@Test
	void primitiveKeyIsAssignedNotGenerated() {
		EntityModel<Role> roles = this.schema.model(Role.class);

		assertThat(roles.keys()).extracting(ModelProperty::name).containsExactly("code");
		assertThat(roles.generatedKey()).isFalse();
		assertThat(roles.property("code").primitive()).isTrue();
	}

	@Test
	void resolvesPropertyNamesFirstThenColumnNames() {
		EntityModel<User> users = this.schema.model(User.class);

		assertThat(users.property("roleId").name()).isEqualTo("roleId");
		assertThat(users.property("role_id").name()).isEqualTo("roleId");
		assertThat(users.property("biography").name()).isEqualTo("bio");
		assertThat(users.findProperty("nmae")).isEmpty();
	}

	@Test
	void unknownPropertyNamesEverythingTheModelHas() {
		EntityModel<User> users = this.schema.model(User.class);

		assertThatExceptionOfType(UnknownPropertyException.class).isThrownBy(() -> users.property("nmae"))
			.withMessage("User has no property or column 'nmae'; it has: id, name, role_id (roleId), "
					+ "biography (bio), posts, role, postsCount, score");
	}

	@Test
	void instantiatesRecordsThroughTheCanonicalConstructor() {
		EntityModel<User> users = this.schema.model(User.class);

		User user = users.instantiate(new Object[] { 1L, "Ada", 2L, null, null, null, null, null });

		assertThat(user).isEqualTo(new User(1L, "Ada", 2L, null, null, null, null, null));
		assertThat(users.property("name").get(user)).isEqualTo("Ada");
	}

	@Test
	void withCopiesARecord() {
		EntityModel<User> users = this.schema.model(User.class);
		User user = new User(null, "Ada", 2L, "bio", null, null, null, null);

		User saved = users.with(user, users.property("id"), 7L);

		assertThat(saved).isEqualTo(new User(7L, "Ada", 2L, "bio", null, null, null, null));
		assertThat(user.id()).isNull();
	}

	@Test
	void instantiatesClassesThroughSettersAndFieldsAndDefaultsNullPrimitives() {
		EntityModel<Account> accounts = this.schema.model(Account.class);

		Account account = accounts.instantiate(new Object[] { 5L, new BigDecimal("1.50"), null, 3 });

		assertThat(account.id).isEqualTo(5L);
		assertThat(account.balance).isEqualByComparingTo("1.50");
		assertThat(account.active).isFalse();
		assertThat(account.version).isEqualTo(3);
		assertThat(account.setterCalls).isEqualTo(1);
		assertThat(accounts.property("active").get(account)).isEqualTo(false);
	}

	@Test
	void withSetsThePropertyOnAClassInstance() {
		EntityModel<Account> accounts = this.schema.model(Account.class);
		Account account = new Account();

		Account changed = accounts.with(account, accounts.property("id"), 9L);

		assertThat(changed).isSameAs(account);
		assertThat(account.id).isEqualTo(9L);
	}

	@Test
	void exposesVersionAndConverterFacts() {
		EntityModel<Account> accounts = this.schema.model(Account.class);

		assertThat(accounts.version()).map(ModelProperty::name).contains("version");
		assertThat(accounts.property("version").primitive()).isTrue();
		assertThat(accounts.property("balance").columnType()).isEqualTo(BigDecimal.class);
		assertThat(accounts.property("balance").converter()).isNull();
	}

	@Test
	void propertiesNamedLikeRelationsAreSlotsAndTheirCountsAggregates() {
		EntityModel<Post> posts = this.schema.model(Post.class);

		assertThat(posts.property("tags").kind()).isEqualTo(PropertyKind.RELATION_SLOT);
		assertThat(posts.property("author").kind()).isEqualTo(PropertyKind.RELATION_SLOT);
		assertThat(posts.property("tagsCount").kind()).isEqualTo(PropertyKind.AGGREGATE_SLOT);
		assertThat(posts.property("viewCount").kind()).isEqualTo(PropertyKind.COLUMN);
		assertThat(posts.property("viewCount").column()).isEqualTo("view_count");
	}

	@Test
	void readsAnnotationsOnGettersAndFieldsOfSuperclassesFirst() {
		EntityModel<Member> members = OrmSchema.builder().models(Member.class).build().model(Member.class);

		assertThat(members.properties()).extracting(ModelProperty::name).containsExactly("created", "number", "admin");
		assertThat(members.keys()).extracting(ModelProperty::name).containsExactly("number");
		assertThat(members.property("member_no").name()).isEqualTo("number");
		Member member = members.instantiate(new Object[] { null, 4L, true });
		assertThat(member.getNumber()).isEqualTo(4L);
		assertThat(members.property("admin").get(member)).isEqualTo(true);
	}

	@Test
	void refusesAValueArrayOfTheWrongLength() {
		EntityModel<Role> roles = this.schema.model(Role.class);

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> roles.instantiate(new Object[] { 1 }))
			.withMessage("Role has 2 properties but got 1 values");
	}

	@Test
	void refusesAPropertyOfAnotherModelInWith() {
		EntityModel<Role> roles = this.schema.model(Role.class);
		ModelProperty userName = this.schema.model(User.class).property("name");

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> roles.with(new Role(1, "admin"), userName, "x"))
			.withMessage("User.name is not a property of Role");
	}

	@Test
	void asIsNamingKeepsJavaNames() {
		OrmSchema asIs = OrmSchema.builder()
			.models(Post.class, User.class, Role.class, UserTag.class)
			.relations(relations())
			.namingStrategy(NamingStrategy.AS_IS)
			.build();

		assertThat(asIs.model(Post.class).table()).isEqualTo("Post");
		assertThat(asIs.model(Post.class).property("viewCount").column()).isEqualTo("viewCount");
		assertThat(asIs.namingStrategy()).isSameAs(NamingStrategy.AS_IS);
	}

	@Test
	void listsModelsInTheOrderGiven() {
		assertThat(this.schema.models()).extracting(EntityModel::name)
			.containsExactly("User", "Role", "Post", "UserTag", "Account");
		assertThat(this.schema.findModel(String.class)).isEmpty();
	}

	@Table(value = "users", schema = "app")
	record User(Long id, String name, Long roleId, @Column(value = "biography", length = 200, unique = true) String bio,
			List<Post> posts, Role role, Long postsCount, @Aggregate Double score) {
	}

	record Role(@Id int code, String name) {
	}

	record Post(Long id, Long viewCount, Long authorId, List<UserTag> tags, User author, Integer tagsCount) {
	}

	record UserTag(@Id Long userId, @Id Long tagId, String addedBy) {
	}

	static class Account {

		private Long id;

		@Column(precision = 12, scale = 2)
		private BigDecimal balance;

		boolean active;

		@Version
		private int version;

		transient int setterCalls;

		static int instances;

		public void setId(Long id) {
			this.setterCalls++;
			this.id = id;
		}

		public Long getId() {
			return this.id;
		}

	}

	static class Audited {

		private java.time.Instant created;

	}

	static class Member extends Audited {

		private Long number;

		private boolean admin;

		@Id
		@Column("member_no")
		public Long getNumber() {
			return this.number;
		}

		public boolean isAdmin() {
			return this.admin;
		}

	}

}
