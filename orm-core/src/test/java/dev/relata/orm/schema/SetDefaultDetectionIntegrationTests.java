package dev.relata.orm.schema;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Without an explicit dialect, {@code SET_DEFAULT} is refused on first use, once the
 * detected database is one that does not enforce it.
 */
class SetDefaultDetectionIntegrationTests {

	// Only MariaDB: it is the one database under test that accepts SET DEFAULT in DDL
	// without enforcing it; PostgreSQL and H2 enforce it, so the same schema is valid
	// there (setDefaultIsUsableWhereEnforced covers them).
	@DatabaseTest(only = DatabaseKind.MARIADB)
	void setDefaultIsRefusedOnFirstUseWhenTheDetectedDatabaseIsMariaDb(TestDatabase db) {
		createTables(db);
		Orm orm = Orm.create(db.dataSource(), SetDefaultDialectTests.schema(ReferentialAction.SET_DEFAULT, null));
		OrmRepository<SetDefaultDialectTests.User> users = orm.repository(SetDefaultDialectTests.User.class);

		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> users.query().count())
			.withMessage("The foreign key users.role_id -> roles.id (defined by User.role) uses SET DEFAULT, which "
					+ "MariaDB accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
	}

	@DatabaseTest(exclude = DatabaseKind.MARIADB)
	void setDefaultIsUsableWhereEnforced(TestDatabase db) {
		createTables(db);
		Orm orm = Orm.create(db.dataSource(), SetDefaultDialectTests.schema(ReferentialAction.SET_DEFAULT, null));

		assertThat(orm.repository(SetDefaultDialectTests.User.class).query().count()).isEqualTo(1);
	}

	private static void createTables(TestDatabase db) {
		db.recreate("users", "CREATE TABLE users (id BIGINT PRIMARY KEY, role_id BIGINT)");
		db.recreate("roles", "CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO roles VALUES (1, 'admin')", "INSERT INTO users VALUES (1, 1)");
	}

}
