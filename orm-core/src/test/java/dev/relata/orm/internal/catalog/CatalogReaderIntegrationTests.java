package dev.relata.orm.internal.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.relata.orm.internal.jdbc.CatalogReader;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link CatalogReader} reads from each database's metadata, for tables created with
 * unquoted DDL: columns, keys, indexes and foreign keys with their rules.
 */
class CatalogReaderIntegrationTests {

	private static void createTables(TestDatabase db) {
		db.dropTables("cr_items", "cr_owners", "cr_xowners");
		db.execute("CREATE TABLE cr_owners (id BIGINT PRIMARY KEY, code VARCHAR(20) NOT NULL)",
				"CREATE TABLE cr_xowners (id BIGINT PRIMARY KEY)",
				"CREATE TABLE cr_items (id BIGINT PRIMARY KEY, owner_id BIGINT NOT NULL, other_id BIGINT, " + "flag "
						+ db.booleanType() + ", label VARCHAR(40))",
				"CREATE UNIQUE INDEX ux_cr_items_pair ON cr_items (owner_id, other_id)",
				"CREATE INDEX ix_cr_items_other ON cr_items (other_id)",
				"ALTER TABLE cr_items ADD CONSTRAINT fk_cr_items_owner FOREIGN KEY (owner_id) REFERENCES cr_owners (id) "
						+ "ON DELETE CASCADE",
				"ALTER TABLE cr_items ADD CONSTRAINT fk_cr_items_other FOREIGN KEY (other_id) REFERENCES cr_owners (id) "
						+ "ON DELETE SET NULL ON UPDATE NO ACTION");
	}

	private static Optional<CatalogTable> read(TestDatabase db, String table) {
		return CatalogReader.withConnection(db.dataSource(), null, (reader) -> reader.readTable(null, table));
	}

	@DatabaseTest
	void readsColumnsWithTheirTypesAndNullability(TestDatabase db) {
		createTables(db);
		CatalogTable items = read(db, "cr_items").orElseThrow();
		assertThat(items.columns()).extracting((c) -> c.name().toLowerCase(Locale.ROOT))
			.containsExactly("id", "owner_id", "other_id", "flag", "label");
		assertThat(items.column("owner_id")).hasValueSatisfying((column) -> {
			assertThat(column.jdbcType()).isEqualTo("BIGINT");
			assertThat(column.nullable()).isFalse();
		});
		assertThat(items.column("label")).hasValueSatisfying((column) -> {
			assertThat(column.jdbcType()).isEqualTo("VARCHAR");
			assertThat(column.size()).isEqualTo(40);
			assertThat(column.nullable()).isTrue();
		});
		assertThat(items.column("flag").orElseThrow().jdbcType()).isIn("BOOLEAN", "BIT");
	}

	@DatabaseTest
	void readsThePrimaryKeyAndTheIndexes(TestDatabase db) {
		createTables(db);
		CatalogTable items = read(db, "cr_items").orElseThrow();
		assertThat(items.primaryKey()).extracting((c) -> c.toLowerCase(Locale.ROOT)).containsExactly("id");
		assertThat(items.hasUniqueKeyOn(List.of("other_id", "owner_id"))).isTrue();
		assertThat(items.hasIndexLeadingWith(List.of("other_id"))).isTrue();
		assertThat(items.indexes()).filteredOn((index) -> index.name().equalsIgnoreCase("ux_cr_items_pair"))
			.singleElement()
			.satisfies((index) -> assertThat(index.unique()).isTrue());
	}

	@DatabaseTest
	void readsForeignKeysWithTheirRules(TestDatabase db) {
		createTables(db);
		CatalogTable items = read(db, "cr_items").orElseThrow();
		CatalogTableName owners = read(db, "cr_owners").orElseThrow().name();
		assertThat(items.foreignKeysLinking(List.of("owner_id"), owners, List.of("id"))).singleElement()
			.satisfies((foreignKey) -> {
				assertThat(foreignKey.name()).isEqualToIgnoringCase("fk_cr_items_owner");
				assertThat(foreignKey.onDelete()).isEqualTo(ReferentialAction.CASCADE);
				// MariaDB reports RESTRICT for a key declared without an action
				assertThat(foreignKey.onUpdate()).isEqualTo(
						(db.kind() == DatabaseKind.MARIADB) ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION);
			});
		assertThat(items.foreignKey("fk_cr_items_other")).hasValueSatisfying((foreignKey) -> {
			assertThat(foreignKey.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
			assertThat(foreignKey.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
		});
	}

	@DatabaseTest
	void findsOnlyTheTableOfThatExactNameAndLeavesOutMissingOnes(TestDatabase db) {
		createTables(db);
		// "_" is a wildcard in metadata patterns: cr_owners must not find cr_xowners
		assertThat(read(db, "cr_xowners").orElseThrow().columns()).hasSize(1);
		assertThat(read(db, "cr_owners").orElseThrow().columns()).hasSize(2);
		assertThat(read(db, "cr_nothing")).isEmpty();
	}

	@DatabaseTest
	void detectsTheDialectAndLooksInTheConnectionsSchema(TestDatabase db) {
		CatalogNaming naming = CatalogReader.withConnection(db.dataSource(), null, (reader) -> {
			assertThat(reader.dialect()).isSameAs(db.dialect());
			return reader.naming();
		});
		CatalogTableName resolved = naming.resolve(null, "cr_items");
		String expected = db.dialect().defaultIdentifierCase().fold(db.name());
		assertThat((db.kind() == DatabaseKind.POSTGRESQL) ? resolved.schema() : resolved.catalog()).isEqualTo(expected);
	}

}
