package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The foreign-key model of a schema and its DDL, exactly, per dialect.
 */
class OrmDdlTests {

	@Table("users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role) {
	}

	@Table("users")
	record Writer(@Id Long id, String name) {
	}

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("posts")
	record Post(@Id Long id, String title, Long userId) {
	}

	@Table(schema = "blog", value = "comments")
	record Comment(@Id Long id, Long postId) {
	}

	private static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Post.class)
			.relations(RelationDefinitions.of(User.class,
					(r) -> r
						.hasMany("posts", Post.class, Post::userId,
								(fk) -> fk.onDelete(ReferentialAction.CASCADE).index())
						.belongsTo("role", Role.class, User::roleId,
								(fk) -> fk.onDelete(ReferentialAction.RESTRICT)
									.onUpdate(ReferentialAction.CASCADE)
									.constraintName("fk_users_role")
									.index())))
			.build();
	}

	private static OrmSchema schemaWithAction(ReferentialAction onDelete, ReferentialAction onUpdate) {
		return OrmSchema.builder()
			.models(Post.class, Writer.class)
			.relations(RelationDefinitions.of(Writer.class,
					(r) -> r.hasMany("posts", Post.class, Post::userId,
							(fk) -> fk.onDelete(onDelete).onUpdate(onUpdate))))
			.build();
	}

	@Test
	void foreignKeysGiveTablesColumnsActionsAndNames() {
		List<ForeignKeyDefinition> foreignKeys = OrmDdl.foreignKeys(schema());
		assertThat(foreignKeys).hasSize(2);
		ForeignKeyDefinition posts = foreignKeys.get(0);
		assertThat(posts.constraintName()).isEqualTo("fk_posts_user_id");
		assertThat(posts.table()).isEqualTo(new TableName(null, "posts"));
		assertThat(posts.columns()).containsExactly("user_id");
		assertThat(posts.referencedTable()).isEqualTo(new TableName(null, "users"));
		assertThat(posts.referencedColumns()).containsExactly("id");
		assertThat(posts.onDelete()).isEqualTo(ReferentialAction.CASCADE);
		assertThat(posts.givenOnUpdate()).isNull();
		assertThat(posts.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
		assertThat(posts.indexed()).isTrue();
		assertThat(posts.indexName()).isEqualTo("ix_posts_user_id");
		assertThat(posts.definedBy()).containsExactly("User.posts");
		ForeignKeyDefinition role = foreignKeys.get(1);
		assertThat(role.constraintName()).isEqualTo("fk_users_role");
		assertThat(role.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
		assertThat(role.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
		assertThat(role.indexName()).isEqualTo("ix_users_role_id");
	}

	@Test
	void foreignKeyWithoutOptionsHasNoIndexAndTheDefaultActions() {
		OrmSchema schema = OrmSchema.builder()
			.models(Writer.class, Post.class)
			.relations(RelationDefinitions.of(Writer.class, (r) -> r.hasMany("posts", Post.class, Post::userId)))
			.build();
		ForeignKeyDefinition foreignKey = OrmDdl.foreignKeys(schema).get(0);
		assertThat(foreignKey.indexed()).isFalse();
		assertThat(foreignKey.indexName()).isNull();
		assertThat(foreignKey.givenOnDelete()).isNull();
		assertThat(foreignKey.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
		assertThat(OrmDdl.render(List.of(foreignKey), Dialects.POSTGRESQL)).containsExactly(
				"ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user_id\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\")");
	}

	@Test
	void rendersEachIndexBeforeItsForeignKeyOnPostgresql() {
		assertThat(OrmDdl.render(OrmDdl.foreignKeys(schema()), Dialects.POSTGRESQL)).containsExactly(
				"CREATE INDEX \"ix_posts_user_id\" ON \"posts\" (\"user_id\")",
				"ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user_id\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE",
				"CREATE INDEX \"ix_users_role_id\" ON \"users\" (\"role_id\")",
				"ALTER TABLE \"users\" ADD CONSTRAINT \"fk_users_role\" FOREIGN KEY (\"role_id\") REFERENCES \"roles\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE");
	}

	@Test
	void rendersWithBackticksOnMariadb() {
		assertThat(OrmDdl.render(OrmDdl.foreignKeys(schema()), Dialects.MARIADB)).containsExactly(
				"CREATE INDEX `ix_posts_user_id` ON `posts` (`user_id`)",
				"ALTER TABLE `posts` ADD CONSTRAINT `fk_posts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE",
				"CREATE INDEX `ix_users_role_id` ON `users` (`role_id`)",
				"ALTER TABLE `users` ADD CONSTRAINT `fk_users_role` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE");
	}

	@Test
	void rendersUpperCaseNamesOnH2LikeUnquotedDdl() {
		assertThat(OrmDdl.render(OrmDdl.foreignKeys(schema()), Dialects.H2)).containsExactly(
				"CREATE INDEX \"IX_POSTS_USER_ID\" ON \"POSTS\" (\"USER_ID\")",
				"ALTER TABLE \"POSTS\" ADD CONSTRAINT \"FK_POSTS_USER_ID\" FOREIGN KEY (\"USER_ID\") REFERENCES \"USERS\" (\"ID\") ON DELETE CASCADE",
				"CREATE INDEX \"IX_USERS_ROLE_ID\" ON \"USERS\" (\"ROLE_ID\")",
				"ALTER TABLE \"USERS\" ADD CONSTRAINT \"FK_USERS_ROLE\" FOREIGN KEY (\"ROLE_ID\") REFERENCES \"ROLES\" (\"ID\") ON DELETE RESTRICT ON UPDATE CASCADE");
	}

	@Test
	void rendersSchemaQualifiedTables() {
		OrmSchema schema = OrmSchema.builder()
			.models(Post.class, Comment.class)
			.relations(RelationDefinitions.of(Comment.class,
					(r) -> r.belongsTo("post", Post.class, Comment::postId,
							(fk) -> fk.onDelete(ReferentialAction.SET_NULL))))
			.build();
		ForeignKeyDefinition foreignKey = OrmDdl.foreignKeys(schema).get(0);
		assertThat(foreignKey.table()).isEqualTo(new TableName("blog", "comments"));
		assertThat(OrmDdl.render(List.of(foreignKey), Dialects.POSTGRESQL)).containsExactly(
				"ALTER TABLE \"blog\".\"comments\" ADD CONSTRAINT \"fk_comments_post_id\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\" (\"id\") ON DELETE SET NULL");
	}

	@Test
	void rendersEveryAction() {
		for (ReferentialAction action : ReferentialAction.values()) {
			assertThat(OrmDdl.render(OrmDdl.foreignKeys(schemaWithAction(action, action)), Dialects.POSTGRESQL))
				.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.endsWith(" ON DELETE " + action.sql() + " ON UPDATE " + action.sql());
		}
		assertThat(ReferentialAction.SET_DEFAULT.sql()).isEqualTo("SET DEFAULT");
		assertThat(ReferentialAction.NO_ACTION.sql()).isEqualTo("NO ACTION");
	}

	@Test
	void setDefaultIsRefusedWhereTheDatabaseDoesNotEnforceIt() {
		List<ForeignKeyDefinition> foreignKeys = OrmDdl
			.foreignKeys(schemaWithAction(ReferentialAction.CASCADE, ReferentialAction.SET_DEFAULT));
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmDdl.render(foreignKeys, Dialects.MARIADB))
			.withMessage("The foreign key fk_posts_user_id (posts.user_id -> users.id) (defined by Writer.posts) uses "
					+ "SET DEFAULT, which MariaDB accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> OrmDdl.render(foreignKeys, Dialects.MYSQL))
			.withMessageContaining("MySQL accepts but does not enforce");
		assertThat(OrmDdl.render(foreignKeys, Dialects.H2))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.endsWith("ON DELETE CASCADE ON UPDATE SET DEFAULT");
		assertThat(OrmDdl.render(foreignKeys, Dialects.POSTGRESQL)).hasSize(1);
	}

}
