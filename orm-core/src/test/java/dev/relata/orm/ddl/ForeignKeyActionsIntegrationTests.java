package dev.relata.orm.ddl;

import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.ForeignKeySpec;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each referential action of generated foreign keys, proven by its effect on the rows.
 */
class ForeignKeyActionsIntegrationTests {

	@Table("fa_parents")
	record Parent(@Id Long id, String name) {
	}

	@Table("fa_children")
	record Child(@Id Long id, String name, @Nullable Long parentId) {
	}

	private static OrmSchema schema(Consumer<ForeignKeySpec<Parent>> options) {
		return OrmSchema.builder()
			.models(Child.class, Parent.class)
			.relations(RelationDefinitions.of(Child.class,
					(r) -> r.belongsTo("parent", Parent.class, Child::parentId, options::accept)))
			.build();
	}

	private static void createWithRows(TestDatabase db, Consumer<ForeignKeySpec<Parent>> options) {
		DdlDatabase.create(db, schema(options));
		db.execute("INSERT INTO fa_parents (id, name) VALUES (1, 'one'), (2, 'two')",
				"INSERT INTO fa_children (id, name, parent_id) VALUES (10, 'a', 1), (11, 'b', 1), (12, 'c', 2)");
	}

	private static List<Long> parentIdsOfChildren(TestDatabase db) {
		return db.jdbc().queryForList("SELECT parent_id FROM fa_children ORDER BY id", Long.class);
	}

	private static List<Long> parentIds(TestDatabase db) {
		return db.jdbc().queryForList("SELECT id FROM fa_parents ORDER BY id", Long.class);
	}

	@DatabaseTest
	void cascadeOnDeleteDeletesTheChildren(TestDatabase db) {
		createWithRows(db, (fk) -> fk.onDelete(ReferentialAction.CASCADE));
		assertThat(db.jdbc().update("DELETE FROM fa_parents WHERE id = 1")).isEqualTo(1);
		assertThat(db.jdbc().queryForList("SELECT id FROM fa_children ORDER BY id", Long.class)).containsExactly(12L);
	}

	@DatabaseTest
	void cascadeOnUpdateMovesTheChildrenToTheNewKey(TestDatabase db) {
		createWithRows(db, (fk) -> fk.onUpdate(ReferentialAction.CASCADE));
		assertThat(db.jdbc().update("UPDATE fa_parents SET id = 100 WHERE id = 1")).isEqualTo(1);
		assertThat(parentIdsOfChildren(db)).containsExactly(100L, 100L, 2L);
	}

	@DatabaseTest
	void setNullOnDeleteClearsTheForeignKeyOfTheChildren(TestDatabase db) {
		createWithRows(db, (fk) -> fk.onDelete(ReferentialAction.SET_NULL));
		db.jdbc().update("DELETE FROM fa_parents WHERE id = 1");
		assertThat(parentIdsOfChildren(db)).containsExactly(null, null, 2L);
	}

	@DatabaseTest
	void restrictRefusesDeletingAReferencedRow(TestDatabase db) {
		createWithRows(db, (fk) -> fk.onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.RESTRICT));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("DELETE FROM fa_parents WHERE id = 1"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("UPDATE fa_parents SET id = 100 WHERE id = 2"));
		assertThat(parentIds(db)).containsExactly(1L, 2L);
		assertThat(parentIdsOfChildren(db)).containsExactly(1L, 1L, 2L);
	}

	@DatabaseTest
	void noActionRefusesDeletingAReferencedRow(TestDatabase db) {
		createWithRows(db, (fk) -> fk.onDelete(ReferentialAction.NO_ACTION));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("DELETE FROM fa_parents WHERE id = 1"));
		assertThat(parentIds(db)).containsExactly(1L, 2L);
		assertThat(db.jdbc().update("DELETE FROM fa_children WHERE parent_id = 1")).isEqualTo(2);
		assertThat(db.jdbc().update("DELETE FROM fa_parents WHERE id = 1")).isEqualTo(1);
	}

	@DatabaseTest
	void withoutAnActionTheDatabaseDefaultRefusesTheDelete(TestDatabase db) {
		createWithRows(db, (fk) -> {
		});
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("DELETE FROM fa_parents WHERE id = 2"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("INSERT INTO fa_children (id, name, parent_id) VALUES (13, 'd', 99)"));
		assertThat(parentIds(db)).containsExactly(1L, 2L);
	}

	@DatabaseTest
	void setDefaultSetsTheColumnDefaultOrIsRefusedWhereNotEnforced(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.onDelete(ReferentialAction.SET_DEFAULT));
		List<ForeignKeyDefinition> foreignKeys = OrmDdl.foreignKeys(schema);
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThatExceptionOfType(OrmSchemaException.class)
				.isThrownBy(() -> OrmDdl.render(foreignKeys, DdlDatabase.dialect(db)))
				.withMessageContaining("uses SET DEFAULT, which MariaDB accepts but does not enforce");
			return;
		}
		// the generated tables give no column a DEFAULT, so these are written by hand
		DdlDatabase.drop(db, List.of("fa_children", "fa_parents"));
		db.execute("CREATE TABLE fa_parents (id BIGINT PRIMARY KEY, name VARCHAR(50))",
				"CREATE TABLE fa_children (id BIGINT PRIMARY KEY, name VARCHAR(50), parent_id BIGINT DEFAULT 0)");
		db.execute(OrmDdl.render(foreignKeys, DdlDatabase.dialect(db)).toArray(String[]::new));
		db.execute("INSERT INTO fa_parents (id, name) VALUES (0, 'none'), (1, 'one'), (2, 'two')",
				"INSERT INTO fa_children (id, name, parent_id) VALUES (10, 'a', 1), (11, 'b', 1), (12, 'c', 2)");
		db.jdbc().update("DELETE FROM fa_parents WHERE id = 1");
		assertThat(parentIdsOfChildren(db)).containsExactly(0L, 0L, 2L);
	}

	@DatabaseTest
	void theWantedIndexExistsUnderItsName(TestDatabase db) {
		List<String> statements = DdlDatabase.create(db,
				schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index()));
		assertThat(statements.get(2)).startsWith("CREATE INDEX");
		assertThat(statements.get(3)).startsWith("ALTER TABLE");
		assertThat(DdlDatabase.indexNames(db, "fa_children")).contains("ix_fa_children_parent_id");
	}

}
