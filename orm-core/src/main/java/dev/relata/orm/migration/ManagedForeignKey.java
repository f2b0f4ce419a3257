package dev.relata.orm.migration;

import java.util.Objects;

import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.TableName;

/**
 * A row of the bookkeeping table: a constraint the migration created, named as the schema
 * named it when it was created.
 *
 * @param schema the table's schema, or {@code ""} for the connection's
 * @param table the table
 * @param constraintName the constraint
 */
record ManagedForeignKey(String schema, String table, String constraintName) {

	ManagedForeignKey {
		Objects.requireNonNull(schema, "schema");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(constraintName, "constraintName");
	}

	static ManagedForeignKey of(ForeignKeyDefinition foreignKey) {
		String schema = foreignKey.table().schema();
		return new ManagedForeignKey((schema != null) ? schema : "", foreignKey.table().name(),
				foreignKey.constraintName());
	}

	TableName tableName() {
		return new TableName(this.schema.isEmpty() ? null : this.schema, this.table);
	}

	/**
	 * Tells whether this row names the constraint of a definition, as the database would
	 * compare the names.
	 */
	boolean names(ForeignKeyDefinition foreignKey, CatalogNaming naming) {
		ManagedForeignKey other = of(foreignKey);
		return naming.fold(this.schema).equals(naming.fold(other.schema))
				&& naming.fold(this.table).equals(naming.fold(other.table))
				&& naming.fold(this.constraintName).equals(naming.fold(other.constraintName));
	}

}
