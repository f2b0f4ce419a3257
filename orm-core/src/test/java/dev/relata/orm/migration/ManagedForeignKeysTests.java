package dev.relata.orm.migration;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bookkeeping table's SQL, exactly, per dialect: names folded and quoted, values
 * bound.
 */
class ManagedForeignKeysTests {

	@Test
	void createsTheTableIfItDoesNotExistWithAKeyOnSchemaTableAndConstraint() {
		assertThat(new ManagedForeignKeys(Dialects.POSTGRESQL).createTable())
			.isEqualTo("CREATE TABLE IF NOT EXISTS \"relata_foreign_keys\" (\"table_schema\" VARCHAR(128) NOT NULL, "
					+ "\"table_name\" VARCHAR(128) NOT NULL, \"constraint_name\" VARCHAR(128) NOT NULL, "
					+ "PRIMARY KEY (\"table_schema\", \"table_name\", \"constraint_name\"))");
		assertThat(new ManagedForeignKeys(Dialects.H2).createTable())
			.startsWith("CREATE TABLE IF NOT EXISTS \"RELATA_FOREIGN_KEYS\" (\"TABLE_SCHEMA\" VARCHAR(128) NOT NULL");
	}

	@Test
	void writesRowsWithBindParameters() {
		ManagedForeignKeys mariaDb = new ManagedForeignKeys(Dialects.MARIADB);
		assertThat(mariaDb.insert()).isEqualTo("INSERT INTO `relata_foreign_keys` (`table_schema`, `table_name`, "
				+ "`constraint_name`) VALUES (?, ?, ?)");
		assertThat(mariaDb.delete()).isEqualTo("DELETE FROM `relata_foreign_keys` WHERE `table_schema` = ? AND "
				+ "`table_name` = ? AND `constraint_name` = ?");
		assertThat(mariaDb.select())
			.isEqualTo("SELECT `table_schema`, `table_name`, `constraint_name` FROM `relata_foreign_keys`");
	}

}
