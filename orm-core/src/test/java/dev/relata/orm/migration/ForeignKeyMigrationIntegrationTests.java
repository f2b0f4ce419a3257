package dev.relata.orm.migration;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.migration.ForeignKeyDrift.Difference;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.dao.DataIntegrityViolationException;

import static dev.relata.orm.migration.MigrationFixture.KEY;
import static dev.relata.orm.migration.MigrationFixture.apply;
import static dev.relata.orm.migration.MigrationFixture.bookKeys;
import static dev.relata.orm.migration.MigrationFixture.createTables;
import static dev.relata.orm.migration.MigrationFixture.drift;
import static dev.relata.orm.migration.MigrationFixture.insertAuthorWithBooks;
import static dev.relata.orm.migration.MigrationFixture.managedNames;
import static dev.relata.orm.migration.MigrationFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ForeignKeyMigration} on each database: it adds, leaves, replaces and drops (only
 * its own) constraints, validates apart on PostgreSQL, reports drift before and none
 * after, and fails naming the key and the statement.
 */
class ForeignKeyMigrationIntegrationTests {

	private static final OrmSchema CASCADE = schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index());

	private static final OrmSchema SET_NULL = schema((fk) -> fk.onDelete(ReferentialAction.SET_NULL).index());

	@DatabaseTest
	void addsTheMissingKeysWithTheirIndexesAndActions(TestDatabase db) {
		createTables(db);
		assertThat(drift(db, CASCADE)).extracting(ForeignKeyDrift::difference, ForeignKeyDrift::constraintName)
			.containsExactly(tuple(Difference.MISSING, KEY));

		ForeignKeyMigrationResult result = apply(db, CASCADE);

		assertThat(result.added()).containsExactly(KEY);
		assertThat(result.replaced()).isEmpty();
		assertThat(result.dropped()).isEmpty();
		String index = db.sql("CREATE INDEX {ix_mg_books_author_id} ON {mg_books} ({author_id})");
		String add = db.sql("ALTER TABLE {mg_books} ADD CONSTRAINT {fk_mg_books_author_id} FOREIGN KEY ({author_id}) "
				+ "REFERENCES {mg_authors} ({id}) ON DELETE CASCADE");
		ManagedForeignKeys bookkeeping = new ManagedForeignKeys(db.dialect());
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(result.statements()).containsExactly(index, add + " NOT VALID",
					db.sql("ALTER TABLE {mg_books} VALIDATE CONSTRAINT {fk_mg_books_author_id}"),
					bookkeeping.createTable(), bookkeeping.insert());
		}
		else {
			assertThat(result.statements()).containsExactly(index, add, bookkeeping.createTable(),
					bookkeeping.insert());
		}
		assertThat(bookKeys(db)).singleElement().satisfies((key) -> {
			assertThat(key.name()).isEqualToIgnoringCase(KEY);
			assertThat(key.onDelete()).isEqualTo(ReferentialAction.CASCADE);
		});
		assertThat(managedNames(db)).containsExactly(KEY);
		assertThat(drift(db, CASCADE)).isEmpty();

		insertAuthorWithBooks(db);
		db.execute("DELETE FROM mg_authors WHERE id = 1");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM mg_books", Integer.class)).isZero();
	}

	@DatabaseTest
	void aSecondApplyChangesNothing(TestDatabase db) {
		createTables(db);
		assertThat(apply(db, CASCADE).changed()).isTrue();

		ForeignKeyMigrationResult again = apply(db, CASCADE);

		assertThat(again.changed()).isFalse();
		assertThat(again.statements()).isEmpty();
		assertThat(again.added()).isEmpty();
		assertThat(again.indexed()).isEmpty();
		assertThat(managedNames(db)).containsExactly(KEY);
	}

	@DatabaseTest
	void aChangedOnDeleteReplacesTheConstraint(TestDatabase db) {
		createTables(db);
		apply(db, CASCADE);
		assertThat(drift(db, SET_NULL)).singleElement().satisfies((drift) -> {
			assertThat(drift.difference()).isEqualTo(Difference.DIFFERENT_DEFINITION);
			assertThat(drift.description()).contains("ON DELETE CASCADE", "ON DELETE SET NULL");
		});

		ForeignKeyMigrationResult result = apply(db, SET_NULL);

		assertThat(result.replaced()).containsExactly(KEY);
		assertThat(result.added()).isEmpty();
		String drop = (db.kind() == DatabaseKind.MARIADB) ? "DROP FOREIGN KEY" : "DROP CONSTRAINT";
		assertThat(result.statements().get(0))
			.isEqualTo(db.sql("ALTER TABLE {mg_books} ") + drop + " " + db.sql("{fk_mg_books_author_id}"));
		assertThat(result.statements().get(1))
			.endsWith((db.kind() == DatabaseKind.POSTGRESQL) ? "ON DELETE SET NULL NOT VALID" : "ON DELETE SET NULL");
		assertThat(result.statements()).hasSize((db.kind() == DatabaseKind.POSTGRESQL) ? 3 : 2);
		assertThat(bookKeys(db)).extracting(CatalogForeignKey::onDelete).containsExactly(ReferentialAction.SET_NULL);
		assertThat(drift(db, SET_NULL)).isEmpty();

		insertAuthorWithBooks(db);
		db.execute("DELETE FROM mg_authors WHERE id = 1");
		assertThat(db.jdbc().queryForList("SELECT author_id FROM mg_books ORDER BY id", Long.class))
			.containsExactly(null, null);
	}

	@DatabaseTest
	void aRemovedRelationDropsOnlyTheConstraintRelataCreated(TestDatabase db) {
		createTables(db);
		apply(db, CASCADE);
		db.execute("ALTER TABLE mg_books ADD CONSTRAINT users_editor_fk FOREIGN KEY (editor_id) "
				+ "REFERENCES mg_authors (id)");
		OrmSchema withoutRelation = schema(null);
		assertThat(drift(db, withoutRelation)).extracting(ForeignKeyDrift::difference, ForeignKeyDrift::constraintName)
			.containsExactly(tuple(Difference.UNDECLARED_BUT_MANAGED, KEY));

		ForeignKeyMigrationResult result = apply(db, withoutRelation);

		assertThat(result.dropped()).containsExactly(KEY);
		assertThat(result.statements()).hasSize(2).last().isEqualTo(new ManagedForeignKeys(db.dialect()).delete());
		assertThat(bookKeys(db)).extracting((key) -> key.name().toLowerCase(Locale.ROOT))
			.containsExactly("users_editor_fk");
		assertThat(managedNames(db)).isEmpty();
		assertThat(drift(db, withoutRelation)).isEmpty();
		assertThat(apply(db, withoutRelation).changed()).isFalse();
	}

	@DatabaseTest
	void anEqualKeyUnderAnotherNameIsNotDuplicatedNorTakenOver(TestDatabase db) {
		createTables(db);
		db.execute("CREATE INDEX books_author ON mg_books (author_id)",
				"ALTER TABLE mg_books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES mg_authors (id) "
						+ "ON DELETE CASCADE");
		assertThat(drift(db, CASCADE)).isEmpty();

		assertThat(apply(db, CASCADE).changed()).isFalse();
		assertThat(bookKeys(db)).hasSize(1);
		assertThat(apply(db, schema(null)).changed()).isFalse();
		assertThat(bookKeys(db)).hasSize(1);
	}

	@DatabaseTest
	void rowsThatViolateANewKeyFailTheApplyNamingTheKeyAndTheStatementAndLeaveNoConstraint(TestDatabase db) {
		createTables(db);
		db.execute("INSERT INTO mg_books (id, title, author_id) VALUES (10, 'Orphan', 99)");

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> apply(db, CASCADE))
			.withMessageContaining("Relata foreign-key migration: adding " + KEY + " on mg_books")
			.withMessageContaining((db.kind() == DatabaseKind.POSTGRESQL) ? "VALIDATE CONSTRAINT" : "ADD CONSTRAINT");

		assertThat(bookKeys(db)).isEmpty();
		assertThat(drift(db, CASCADE)).extracting(ForeignKeyDrift::difference).containsExactly(Difference.MISSING);
		db.execute("DELETE FROM mg_books WHERE id = 10");
		assertThat(apply(db, CASCADE).added()).containsExactly(KEY);
	}

	@DatabaseTest
	void runsInTheCallersTransactionWhenNotInAutoCommit(TestDatabase db) {
		createTables(db);
		ForeignKeyMigrationResult result = MigrationFixture.onConnection(db, (connection) -> {
			try {
				connection.setAutoCommit(false);
				ForeignKeyMigrationResult applied = ForeignKeyMigration.of(CASCADE).apply(connection);
				connection.commit();
				return applied;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(result.added()).containsExactly(KEY);
		assertThat(bookKeys(db)).hasSize(1);
		assertThat(managedNames(db)).containsExactly(KEY);
	}

	@DatabaseTest
	void declaresTheStatementsOfTheDatabaseWithAChecksumOfThem(TestDatabase db) {
		ForeignKeyMigration migration = ForeignKeyMigration.of(CASCADE);
		List<String> statements = migration.declaredStatements(db.dialect());
		assertThat(statements).containsExactly(
				db.sql("CREATE INDEX {ix_mg_books_author_id} ON {mg_books} ({author_id})"),
				db.sql("ALTER TABLE {mg_books} ADD CONSTRAINT {fk_mg_books_author_id} FOREIGN KEY ({author_id}) "
						+ "REFERENCES {mg_authors} ({id}) ON DELETE CASCADE"));
		assertThat(migration.checksum(db.dialect())).isEqualTo(ForeignKeyMigration.of(CASCADE).checksum(db.dialect()))
			.isNotEqualTo(ForeignKeyMigration.of(SET_NULL).checksum(db.dialect()));
	}

}
