package dev.relata.orm.relation;

import java.util.List;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.RelationDeclaration;
import dev.relata.orm.schema.RelationKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RelationDefinitions} records every kind and option as declarations and refuses
 * what cannot be resolved later.
 */
class RelationDefinitionsTests {

	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable String code) {
	}

	record Role(@Id Long id, String name, String code) {
	}

	record Profile(@Id Long id, Long userId) {
	}

	record Post(@Id Long id, Long userId, String userCode) {
	}

	record Tag(@Id Long id, String name) {
	}

	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Test
	void everyKindIsRecordedAsADeclarationInDefinitionOrder() {
		RelationDefinitions<User> definitions = RelationDefinitions.of(User.class,
				(r) -> r.hasOne("profile", Profile.class, Profile::userId)
					.hasMany("posts", Post.class, Post::userId)
					.belongsTo("role", Role.class, User::roleId)
					.manyToMany("tags", Tag.class,
							(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));

		assertThat(definitions.modelType()).isEqualTo(User.class);
		assertThat(definitions.declarations()).extracting(RelationDeclaration::name)
			.containsExactly("profile", "posts", "role", "tags");
		assertThat(definitions.declarations()).extracting(RelationDeclaration::kind)
			.containsExactly(RelationKind.HAS_ONE, RelationKind.HAS_MANY, RelationKind.BELONGS_TO,
					RelationKind.MANY_TO_MANY);
		assertThat(definitions.declarations()).extracting(RelationDeclaration::target)
			.containsExactly(Profile.class, Post.class, Role.class, Tag.class);
		assertThat(definitions.declarations()).extracting(RelationDeclaration::foreignKey)
			.containsExactly("userId", "userId", "roleId", null);
		assertThat(definitions.declarations()).allSatisfy((d) -> {
			assertThat(d.owner()).isEqualTo(User.class);
			assertThat(d.referencedKey()).isNull();
			assertThat(d.options()).isEqualTo(ForeignKeyOptions.NONE);
		});
		RelationDeclaration tags = definitions.declarations().get(3);
		assertThat(tags.through()).isEqualTo(UserTag.class);
		assertThat(tags.throughFrom()).isEqualTo("userId");
		assertThat(tags.throughTo()).isEqualTo("tagId");
		assertThat(definitions).hasToString("RelationDefinitions<User>[profile, posts, role, tags]");
	}

	@Test
	void foreignKeyOptionsAreRecordedForEveryKind() {
		RelationDefinitions<User> definitions = RelationDefinitions.of(User.class, (r) -> r
			.hasOne("profile", Profile.class, Profile::userId, (fk) -> fk.onDelete(ReferentialAction.CASCADE).index())
			.hasMany("posts", Post.class, Post::userCode,
					(fk) -> fk.onUpdate(ReferentialAction.SET_NULL).ownerKey(User::code))
			.belongsTo("role", Role.class, User::roleId,
					(fk) -> fk.onDelete(ReferentialAction.RESTRICT)
						.onUpdate(ReferentialAction.CASCADE)
						.constraintName("fk_users_role_id")
						.index())
			.belongsTo("roleByCode", Role.class, User::code, (fk) -> fk.ownerKey(Role::code))
			.manyToMany("tags", Tag.class,
					(m) -> m.through(UserTag.class)
						.from(UserTag::userId)
						.to(UserTag::tagId)
						.onDelete(ReferentialAction.CASCADE)
						.onUpdate(ReferentialAction.NO_ACTION)
						.index()));

		List<RelationDeclaration> declarations = definitions.declarations();
		assertThat(declarations.get(0).options())
			.isEqualTo(new ForeignKeyOptions(ReferentialAction.CASCADE, null, null, true));
		assertThat(declarations.get(1).options())
			.isEqualTo(new ForeignKeyOptions(null, ReferentialAction.SET_NULL, null, null));
		assertThat(declarations.get(1).foreignKey()).isEqualTo("userCode");
		assertThat(declarations.get(1).referencedKey()).isEqualTo("code");
		assertThat(declarations.get(2).options()).isEqualTo(
				new ForeignKeyOptions(ReferentialAction.RESTRICT, ReferentialAction.CASCADE, "fk_users_role_id", true));
		assertThat(declarations.get(3).referencedKey()).isEqualTo("code");
		assertThat(declarations.get(3).options()).isEqualTo(ForeignKeyOptions.NONE);
		assertThat(declarations.get(4).options())
			.isEqualTo(new ForeignKeyOptions(ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, null, true));
	}

	@Test
	void getterStyleMethodReferencesNameTheProperty() {
		RelationDefinitions<Member> definitions = RelationDefinitions.of(Member.class,
				(r) -> r.belongsTo("role", Role.class, Member::getRoleId));

		assertThat(definitions.declarations().get(0).foreignKey()).isEqualTo("roleId");
	}

	@Test
	void lambdaKeyIsRefusedWithTheMethodReferenceHint() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(
				() -> RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, (Post p) -> p.userId())))
			.withMessage("A lambda cannot name a property; use a method reference to a property accessor such as "
					+ "User::name, User::getName or User::isActive");
	}

	@Test
	void lambdaJoinKeyIsRefusedWithTheMethodReferenceHint() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(User.class,
					(r) -> r.manyToMany("tags", Tag.class,
							(m) -> m.through(UserTag.class).from((UserTag j) -> j.userId()).to(UserTag::tagId))))
			.withMessageStartingWith("A lambda cannot name a property; use a method reference");
	}

	@Test
	void blankOrDottedNamesAreRefused() {
		for (String name : List.of("", "  ", "posts.tags")) {
			assertThatExceptionOfType(OrmUsageException.class)
				.isThrownBy(() -> RelationDefinitions.of(User.class, (r) -> r.hasMany(name, Post.class, Post::userId)))
				.withMessage("A relation of User needs a name without dots (dots separate relation paths), got '" + name
						+ "'");
		}
	}

	@Test
	void definitionsWithoutARelationAreRefused() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> RelationDefinitions.of(User.class, (r) -> {
		}))
			.withMessage("RelationDefinitions.of(User.class, r -> ...) declares no relation; "
					+ "call r.hasMany(...), r.belongsTo(...) and so on");
	}

	@Test
	void blankConstraintNameIsRefused() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(User.class,
					(r) -> r.belongsTo("role", Role.class, User::roleId, (fk) -> fk.constraintName(" "))))
			.withMessage("constraintName must not be blank");
	}

	@Test
	void definitionSiteIsTheClassFileAndLineOfEachCall() {
		int line = currentLine() + 2;
		RelationDefinitions<User> definitions = RelationDefinitions.of(User.class,
				(r) -> r.hasMany("posts", Post.class, Post::userId)
					.belongsTo("role", Role.class, User::roleId, (fk) -> fk.onDelete(ReferentialAction.RESTRICT))
					.manyToMany("tags", Tag.class,
							(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));

		assertThat(definitions.declarations()).extracting(RelationDeclaration::definedBy)
			.containsExactly("RelationDefinitionsTests (RelationDefinitionsTests.java:" + line + ")",
					"RelationDefinitionsTests (RelationDefinitionsTests.java:" + (line + 1) + ")",
					"RelationDefinitionsTests (RelationDefinitionsTests.java:" + (line + 2) + ")");
	}

	@Test
	void definitionSiteOfANestedClassIsItsTopLevelClassAndFile() {
		RelationDefinitions<User> definitions = NestedDefinitions.userRelations();

		assertThat(definitions.declarations().get(0).definedBy())
			.matches("RelationDefinitionsTests \\(RelationDefinitionsTests\\.java:\\d+\\)");
	}

	private static int currentLine() {
		return StackWalker.getInstance().walk((frames) -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
	}

	static final class NestedDefinitions {

		static RelationDefinitions<User> userRelations() {
			return RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId));
		}

	}

	static final class Member {

		private Long id;

		private Long roleId;

		Long getId() {
			return this.id;
		}

		Long getRoleId() {
			return this.roleId;
		}

	}

}
