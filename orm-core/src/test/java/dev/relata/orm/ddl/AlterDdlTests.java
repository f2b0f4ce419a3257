package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The single-step DDL of {@link AlterDdl}, exactly, per dialect.
 */
class AlterDdlTests {

	@Table("users")
	record User(@Id Long id, @Column(length = 80, nullable = false) String name) {
	}

	@Table(schema = "blog", value = "posts")
	record Post(@Id Long id, long userId, @Nullable String title) {
	}

	private static final OrmSchema SCHEMA = OrmSchema.builder()
		.models(User.class, Post.class)
		.relations(RelationDefinitions.of(Post.class,
				(r) -> r.belongsTo("user", User.class, Post::userId, (fk) -> fk.onDelete(ReferentialAction.CASCADE))))
		.build();

	private static final EntityModel<User> USERS = SCHEMA.model(User.class);

	private static final EntityModel<Post> POSTS = SCHEMA.model(Post.class);

	private static final ForeignKeyDefinition POST_USER = OrmDdl.foreignKeys(SCHEMA).get(0);

	@Test
	void createsOneTableAsCreateTablesDoes() {
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).createTable(USERS))
			.isEqualTo(OrmDdl.createTables(OrmSchema.builder().models(User.class).build(), Dialects.POSTGRESQL).get(0));
	}

	@Test
	void addsAColumnAsCreateTableWritesIt() {
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).addColumn(USERS, USERS.property("name")))
			.isEqualTo("ALTER TABLE \"users\" ADD COLUMN \"name\" VARCHAR(80) NOT NULL");
		assertThat(AlterDdl.of(Dialects.H2).addColumn(POSTS, POSTS.property("title")))
			.isEqualTo("ALTER TABLE \"BLOG\".\"POSTS\" ADD COLUMN \"TITLE\" VARCHAR(255)");
		assertThat(AlterDdl.of(Dialects.MARIADB).addColumn(POSTS, POSTS.property("userId")))
			.isEqualTo("ALTER TABLE `blog`.`posts` ADD COLUMN `user_id` BIGINT NOT NULL");
	}

	@Test
	void changesAColumnTypeWithUsingOnPostgresqlSetDataTypeOnH2AndModifyOnMariaDb() {
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).changeColumnType(POSTS, POSTS.property("userId"))).isEqualTo(
				"ALTER TABLE \"blog\".\"posts\" ALTER COLUMN \"user_id\" SET DATA TYPE BIGINT USING CAST(\"user_id\" AS BIGINT)");
		assertThat(AlterDdl.of(Dialects.H2).changeColumnType(POSTS, POSTS.property("userId")))
			.isEqualTo("ALTER TABLE \"BLOG\".\"POSTS\" ALTER COLUMN \"USER_ID\" SET DATA TYPE BIGINT");
		assertThat(AlterDdl.of(Dialects.MARIADB).changeColumnType(POSTS, POSTS.property("title")))
			.isEqualTo("ALTER TABLE `blog`.`posts` MODIFY COLUMN `title` VARCHAR(255) NULL");
	}

	@Test
	void changesNullabilityWithSetOrDropNotNullOrByRedefiningTheColumn() {
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).changeColumnNullability(POSTS, POSTS.property("userId"), false))
			.isEqualTo("ALTER TABLE \"blog\".\"posts\" ALTER COLUMN \"user_id\" SET NOT NULL");
		assertThat(AlterDdl.of(Dialects.H2).changeColumnNullability(POSTS, POSTS.property("userId"), true))
			.isEqualTo("ALTER TABLE \"BLOG\".\"POSTS\" ALTER COLUMN \"USER_ID\" DROP NOT NULL");
		assertThat(AlterDdl.of(Dialects.MARIADB).changeColumnNullability(POSTS, POSTS.property("userId"), true))
			.isEqualTo("ALTER TABLE `blog`.`posts` MODIFY COLUMN `user_id` BIGINT NULL");
		assertThat(AlterDdl.of(Dialects.MYSQL).changeColumnNullability(POSTS, POSTS.property("userId"), false))
			.isEqualTo("ALTER TABLE `blog`.`posts` MODIFY COLUMN `user_id` BIGINT NOT NULL");
	}

	@Test
	void namesGeneratedIndexesAfterTableAndColumnsWithinTheNameLimit() {
		TableName table = new TableName(null, "user_tags");
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).createUniqueIndex(table, List.of("user_id", "tag_id"))).isEqualTo(
				"CREATE UNIQUE INDEX \"ux_user_tags_user_id_tag_id\" ON \"user_tags\" (\"user_id\", \"tag_id\")");
		assertThat(AlterDdl.of(Dialects.H2).createIndex(table, List.of("tag_id")))
			.isEqualTo("CREATE INDEX \"IX_USER_TAGS_TAG_ID\" ON \"USER_TAGS\" (\"TAG_ID\")");
		String longName = "a_table_whose_name_is_long_enough_to_need_cutting";
		assertThat(AlterDdl.of(Dialects.MARIADB)
			.createIndex(new TableName(null, longName), List.of("first_column", "second_column")))
			.startsWith("CREATE INDEX `ix_a_table_whose_name_is_long_enough_to_need_cutting_f_4ea2731a` ON ");
		assertThat("ix_a_table_whose_name_is_long_enough_to_need_cutting_f_4ea2731a").hasSize(OrmDdl.MAX_NAME_BYTES);
	}

	@Test
	void indexesAForeignKeyUnderItsDeclaredNameElseAGeneratedOne() {
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).createIndex(POST_USER))
			.isEqualTo("CREATE INDEX \"ix_posts_user_id\" ON \"blog\".\"posts\" (\"user_id\")");
		OrmSchema indexed = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(Post.class,
					(r) -> r.belongsTo("user", User.class, Post::userId, (fk) -> fk.index())))
			.build();
		ForeignKeyDefinition declared = OrmDdl.foreignKeys(indexed).get(0);
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).createIndex(declared))
			.isEqualTo(OrmDdl.render(List.of(declared), Dialects.POSTGRESQL).get(0));
	}

	@Test
	void addsAForeignKeyAsRenderDoesAndNotValidWithASeparateValidationOnPostgresql() {
		AlterDdl postgres = AlterDdl.of(Dialects.POSTGRESQL);
		assertThat(postgres.addForeignKey(POST_USER))
			.isEqualTo(OrmDdl.render(List.of(POST_USER), Dialects.POSTGRESQL).get(0));
		assertThat(postgres.addForeignKeyNotValid(POST_USER))
			.isEqualTo("ALTER TABLE \"blog\".\"posts\" ADD CONSTRAINT \"fk_posts_user_id\" FOREIGN KEY (\"user_id\") "
					+ "REFERENCES \"users\" (\"id\") ON DELETE CASCADE NOT VALID");
		assertThat(postgres.validateForeignKey(POST_USER))
			.isEqualTo("ALTER TABLE \"blog\".\"posts\" VALIDATE CONSTRAINT \"fk_posts_user_id\"");
	}

	@Test
	void refusesNotValidWhereTheDialectHasNone() {
		assertThatIllegalStateException()
			.isThrownBy(() -> AlterDdl.of(Dialects.MARIADB).addForeignKeyNotValid(POST_USER))
			.withMessageContaining("MariaDB cannot add a foreign key NOT VALID");
		assertThatIllegalStateException().isThrownBy(() -> AlterDdl.of(Dialects.H2).validateForeignKey(POST_USER));
	}

	@Test
	void refusesSetDefaultWhereNotEnforced() {
		OrmSchema setDefault = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(Post.class,
					(r) -> r.belongsTo("user", User.class, Post::userId,
							(fk) -> fk.onDelete(ReferentialAction.SET_DEFAULT))))
			.build();
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> AlterDdl.of(Dialects.MARIADB).addForeignKey(OrmDdl.foreignKeys(setDefault).get(0)))
			.withMessageContaining("SET DEFAULT");
	}

	@Test
	void dropsAForeignKeyByItsStoredNameWithoutFoldingIt() {
		TableName posts = new TableName(null, "posts");
		assertThat(AlterDdl.of(Dialects.POSTGRESQL).dropForeignKey(posts, "PostsUser"))
			.isEqualTo("ALTER TABLE \"posts\" DROP CONSTRAINT \"PostsUser\"");
		assertThat(AlterDdl.of(Dialects.H2).dropForeignKey(posts, "FK_POSTS"))
			.isEqualTo("ALTER TABLE \"POSTS\" DROP CONSTRAINT \"FK_POSTS\"");
		assertThat(AlterDdl.of(Dialects.MARIADB).dropForeignKey(posts, "fk_posts"))
			.isEqualTo("ALTER TABLE `posts` DROP FOREIGN KEY `fk_posts`");
	}

}
