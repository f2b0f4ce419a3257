package dev.relata.orm.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.migration.ForeignKeyDrift;
import dev.relata.orm.migration.ForeignKeyMigration;
import dev.relata.orm.migration.ForeignKeyMigrationResult;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/ddl.md}, run on every database: each method holds the code
 * of one group of snippets, unchanged, and checks what the page says.
 */
class DdlDocumentationIntegrationTests {

	@TempDir
	Path projectDir;

	// --- models (docs: "The example schema") ---

	@Table("roles")
	public record Role(@Id Long id, @Column(length = 50, nullable = false, unique = true) String name) {
	}

	@Table("users")
	public record User(@Id Long id, @Column(length = 100, nullable = false) String name, @Nullable Long roleId,
			@Nullable Role role, @Nullable List<Post> posts) {
	}

	@Table("posts")
	public record Post(@Id Long id, @Column(length = 200, nullable = false) String title, Long userId) {
	}

	private static OrmSchema blogSchema() {
		// docs: "The example schema"
		RelationDefinitions<User> userRelations = RelationDefinitions.of(User.class,
				r -> r
					.belongsTo("role", Role.class, User::roleId, fk -> fk.onDelete(ReferentialAction.RESTRICT).index())
					.hasMany("posts", Post.class, Post::userId,
							fk -> fk.onDelete(ReferentialAction.CASCADE)
								.onUpdate(ReferentialAction.CASCADE)
								.constraintName("posts_author_fk")
								.index()));

		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Post.class)
			.relations(userRelations)
			.build();
		return schema;
	}

	private static void dropBlogTables(TestDatabase db) {
		if (db.kind() == DatabaseKind.MARIADB) {
			db.execute("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS posts", "DROP TABLE IF EXISTS users",
					"DROP TABLE IF EXISTS roles", "SET FOREIGN_KEY_CHECKS = 1");
		}
		else {
			db.execute("DROP TABLE IF EXISTS posts CASCADE", "DROP TABLE IF EXISTS users CASCADE",
					"DROP TABLE IF EXISTS roles CASCADE");
		}
	}

	@DatabaseTest
	void foreignKeysDescribeEveryConstraint(TestDatabase db) {
		OrmSchema schema = blogSchema();
		// test: foreignKeysDescribeEveryConstraint
		List<ForeignKeyDefinition> foreignKeys = OrmDdl.foreignKeys(schema);
		ForeignKeyDefinition role = foreignKeys.get(0);
		role.constraintName(); // "fk_users_role_id"
		role.indexName(); // "ix_users_role_id"
		role.onDelete(); // RESTRICT
		role.onUpdate(); // NO_ACTION: not given, the database default
		role.givenOnUpdate(); // null
		// end

		assertThat(foreignKeys).hasSize(2);
		assertThat(role.constraintName()).isEqualTo("fk_users_role_id");
		assertThat(role.indexName()).isEqualTo("ix_users_role_id");
		assertThat(role.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
		assertThat(role.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
		assertThat(role.givenOnUpdate()).isNull();
		assertThat(foreignKeys.get(1).constraintName()).isEqualTo("posts_author_fk");
		assertThat(foreignKeys.get(1).indexName()).isEqualTo("ix_posts_user_id");
	}

	@DatabaseTest
	void renderGivesIndexesBeforeConstraints(TestDatabase db) {
		OrmSchema schema = blogSchema();
		// test: renderGivesIndexesBeforeConstraints
		List<String> statements = OrmDdl.render(OrmDdl.foreignKeys(schema), Dialects.POSTGRESQL);
		// end

		assertThat(statements).containsExactly("CREATE INDEX \"ix_users_role_id\" ON \"users\" (\"role_id\")",
				"ALTER TABLE \"users\" ADD CONSTRAINT \"fk_users_role_id\" FOREIGN KEY (\"role_id\") "
						+ "REFERENCES \"roles\" (\"id\") ON DELETE RESTRICT",
				"CREATE INDEX \"ix_posts_user_id\" ON \"posts\" (\"user_id\")",
				"ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_author_fk\" FOREIGN KEY (\"user_id\") "
						+ "REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
		assertThat(OrmDdl.render(OrmDdl.foreignKeys(schema), Dialects.H2).get(0))
			.isEqualTo("CREATE INDEX \"IX_USERS_ROLE_ID\" ON \"USERS\" (\"ROLE_ID\")");
	}

	@DatabaseTest
	void createTablesThenForeignKeys(TestDatabase db) {
		dropBlogTables(db);
		OrmSchema schema = blogSchema();
		JdbcTemplate jdbcTemplate = db.jdbc();
		// test: createTablesThenForeignKeys
		Orm orm = Orm.create(db.dataSource(), schema);
		Dialect dialect = orm.dialect(); // detected from the DataSource

		// the tables (roles, users, posts), then the indexes and foreign keys
		List<String> ddl = new ArrayList<>(OrmDdl.createTables(schema, dialect));
		ddl.addAll(OrmDdl.render(OrmDdl.foreignKeys(schema), dialect));
		ddl.forEach(jdbcTemplate::execute);

		Role admin = orm.repository(Role.class).insert(new Role(null, "admin"));
		User ada = orm.repository(User.class).insert(new User(null, "Ada", admin.id(), null, null));
		orm.repository(Post.class).insert(new Post(null, "Notes", ada.id()));
		List<User> users = orm.repository(User.class).query().load("role").load("posts").many();
		// end

		assertThat(ddl.get(0)).startsWithIgnoringCase("CREATE TABLE").containsIgnoringCase("roles");
		assertThat(ddl.get(2)).containsIgnoringCase("posts");
		assertThat(ddl).hasSize(7);
		assertThat(users).singleElement().satisfies((user) -> {
			assertThat(user.role().name()).isEqualTo("admin");
			assertThat(user.posts()).extracting(Post::title).containsExactly("Notes");
		});
		orm.repository(User.class).deleteById(ada.id());
		assertThat(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM posts", Integer.class)).isZero();
	}

	@DatabaseTest
	void commitTheDdlAsAFlywayMigration(TestDatabase db) throws IOException {
		dropBlogTables(db);
		OrmSchema schema = blogSchema();
		Dialect dialect = Orm.create(db.dataSource(), schema).dialect();
		Path projectDir = this.projectDir;
		// test: commitTheDdlAsAFlywayMigration
		List<String> statements = new ArrayList<>(OrmDdl.createTables(schema, dialect));
		statements.addAll(OrmDdl.render(OrmDdl.foreignKeys(schema), dialect));
		Path migration = projectDir.resolve("src/main/resources/db/migration/V1__blog_schema.sql");
		Files.createDirectories(migration.getParent());
		Files.writeString(migration, String.join(";\n", statements) + ";\n");
		// end

		// Flyway would run the file; run its statements the same way, one by one
		String script = Files.readString(migration);
		assertThat(script).endsWith(";\n").contains("CREATE INDEX").contains("FOREIGN KEY");
		for (String statement : script.split(";\n")) {
			db.jdbc().execute(statement);
		}
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Integer.class)).isZero();
	}

	@DatabaseTest
	void setDefaultIsRefusedOnMariaDb(TestDatabase db) {
		List<String> messages = new ArrayList<>();
		// test: setDefaultIsRefusedOnMariaDb
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Post.class)
			.relations(RelationDefinitions.of(User.class,
					r -> r.belongsTo("role", Role.class, User::roleId, fk -> fk.onDelete(ReferentialAction.SET_DEFAULT))
						.hasMany("posts", Post.class, Post::userId)))
			.build();
		List<ForeignKeyDefinition> foreignKeys = OrmDdl.foreignKeys(schema);

		OrmDdl.render(foreignKeys, Dialects.POSTGRESQL); // ... ON DELETE SET DEFAULT
		try {
			OrmDdl.render(foreignKeys, Dialects.MARIADB);
		}
		catch (OrmSchemaException ex) {
			// "... uses SET DEFAULT, which MariaDB accepts but does not enforce; ..."
			messages.add(ex.getMessage());
		}
		// end

		assertThat(OrmDdl.render(foreignKeys, Dialects.POSTGRESQL).get(0)).endsWith("ON DELETE SET DEFAULT");
		assertThat(messages).containsExactly("The foreign key fk_users_role_id (users.role_id -> roles.id) "
				+ "(defined by User.role) uses SET DEFAULT, which MariaDB accepts but does not enforce; "
				+ "use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmDdl.render(foreignKeys, Dialects.MYSQL));
	}

	// --- docs: "Foreign keys as a migration: ForeignKeyMigration" ---

	private static void createBlogTablesWithoutKeys(TestDatabase db) {
		dropBlogTables(db);
		db.dropTables("relata_foreign_keys");
		db.execute(OrmDdl.createTables(blogSchema(), db.dialect()).toArray(String[]::new));
	}

	@DatabaseTest
	void applyTheForeignKeysAsAMigration(TestDatabase db) throws SQLException {
		createBlogTablesWithoutKeys(db);
		OrmSchema schema = blogSchema();
		DataSource dataSource = db.dataSource();
		List<ForeignKeyMigrationResult> results = new ArrayList<>();
		// test: applyTheForeignKeysAsAMigration
		ForeignKeyMigration migration = ForeignKeyMigration.of(schema);
		try (Connection connection = dataSource.getConnection()) {
			ForeignKeyMigrationResult result = migration.apply(connection);
			result.added(); // [fk_users_role_id, posts_author_fk]
			result.statements(); // the indexes, the constraints, then the bookkeeping
			results.add(result);
		}
		// end

		ForeignKeyMigrationResult result = results.get(0);
		assertThat(result.added()).containsExactly("fk_users_role_id", "posts_author_fk");
		assertThat(result.statements().get(0))
			.isEqualTo(db.sql("CREATE INDEX {ix_users_role_id} ON {users} ({role_id})"));
		assertThat(db.jdbc()
			.queryForList("SELECT constraint_name FROM relata_foreign_keys ORDER BY constraint_name", String.class))
			.containsExactly("fk_users_role_id", "posts_author_fk");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(migration.apply(connection).changed()).isFalse();
		}
	}

	@DatabaseTest
	void failOnDriftInsteadOfApplying(TestDatabase db) throws SQLException {
		createBlogTablesWithoutKeys(db);
		OrmSchema schema = blogSchema();
		DataSource dataSource = db.dataSource();
		List<String> messages = new ArrayList<>();
		try {
			// test: failOnDriftInsteadOfApplying
			try (Connection connection = dataSource.getConnection()) {
				List<ForeignKeyDrift> drift = ForeignKeyMigration.of(schema).drift(connection);
				if (!drift.isEmpty()) {
					throw new IllegalStateException("The foreign keys differ from the relations: "
							+ drift.stream().map(ForeignKeyDrift::description).toList());
				}
			}
			// end
		}
		catch (IllegalStateException ex) {
			messages.add(ex.getMessage());
		}

		assertThat(messages).singleElement()
			.asString()
			.startsWith("The foreign keys differ from the relations: [no constraint links the columns of the declared "
					+ "fk_users_role_id (users.role_id -> roles.id) ON DELETE RESTRICT ON UPDATE NO ACTION");
	}

	@DatabaseTest
	void theDeclaredStatementsAndTheirChecksum(TestDatabase db) {
		OrmSchema schema = blogSchema();
		// test: theDeclaredStatementsAndTheirChecksum
		ForeignKeyMigration migration = ForeignKeyMigration.of(schema);
		List<String> declared = migration.declaredStatements(Dialects.POSTGRESQL); // OrmDdl.render's
		int checksum = migration.checksum(Dialects.POSTGRESQL); // CRC32 of them

		assertThat(declared).isEqualTo(OrmDdl.render(OrmDdl.foreignKeys(schema), Dialects.POSTGRESQL));
		assertThat(checksum).isEqualTo(ForeignKeyMigration.of(blogSchema()).checksum(Dialects.POSTGRESQL));
	}

}
