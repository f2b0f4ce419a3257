package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * {@link AlterDdl} through the dialect's capabilities, sharing the table and foreign-key
 * renderers of {@link OrmDdl}.
 */
final class DialectAlterDdl implements AlterDdl {

	private final Dialect dialect;

	private final DdlIdentifiers names;

	private final TableDdl tables;

	private final ForeignKeyDdl foreignKeys;

	DialectAlterDdl(Dialect dialect) {
		this.dialect = dialect;
		this.names = new DdlIdentifiers(dialect);
		this.tables = new TableDdl(dialect);
		this.foreignKeys = new ForeignKeyDdl(dialect);
	}

	@Override
	public String createTable(EntityModel<?> model) {
		return this.tables.createTable(model);
	}

	@Override
	public String addColumn(EntityModel<?> model, ModelProperty property) {
		return alterTable(model) + " ADD COLUMN " + this.tables.columnDefinition(model, property);
	}

	@Override
	public String changeColumnType(EntityModel<?> model, ModelProperty property) {
		if (this.dialect.altersColumnsByRedefinition()) {
			return redefine(model, property, property.options().nullable());
		}
		String column = column(property);
		String type = ColumnTypes.render(property, this.dialect);
		String sql = alterTable(model) + " ALTER COLUMN " + column + " SET DATA TYPE " + type;
		return this.dialect.supportsAlterColumnTypeUsing() ? sql + " USING CAST(" + column + " AS " + type + ")" : sql;
	}

	@Override
	public String changeColumnNullability(EntityModel<?> model, ModelProperty property, boolean nullable) {
		if (this.dialect.altersColumnsByRedefinition()) {
			return redefine(model, property, nullable);
		}
		return alterTable(model) + " ALTER COLUMN " + column(property)
				+ (nullable ? " DROP NOT NULL" : " SET NOT NULL");
	}

	@Override
	public String createIndex(TableName table, List<String> columns) {
		return index("CREATE INDEX ", generatedName("ix_", table, columns), table, columns);
	}

	@Override
	public String createUniqueIndex(TableName table, List<String> columns) {
		return index("CREATE UNIQUE INDEX ", generatedName("ux_", table, columns), table, columns);
	}

	@Override
	public String createIndex(ForeignKeyDefinition foreignKey) {
		String name = foreignKey.indexName();
		return this.foreignKeys.index(foreignKey,
				(name != null) ? name : generatedName("ix_", foreignKey.table(), foreignKey.columns()));
	}

	@Override
	public String addForeignKey(ForeignKeyDefinition foreignKey) {
		this.foreignKeys.checkActions(foreignKey);
		return this.foreignKeys.constraint(foreignKey);
	}

	@Override
	public String addForeignKeyNotValid(ForeignKeyDefinition foreignKey) {
		requireNotValid();
		return addForeignKey(foreignKey) + " NOT VALID";
	}

	@Override
	public String validateForeignKey(ForeignKeyDefinition foreignKey) {
		requireNotValid();
		return "ALTER TABLE " + this.names.table(foreignKey.table()) + " VALIDATE CONSTRAINT "
				+ this.names.name(foreignKey.constraintName());
	}

	@Override
	public String dropForeignKey(TableName table, String storedName) {
		return "ALTER TABLE " + this.names.table(table) + " " + this.dialect.dropForeignKeyClause() + " "
				+ this.dialect.quoteIdentifier(storedName);
	}

	private String redefine(EntityModel<?> model, ModelProperty property, boolean nullable) {
		return alterTable(model) + " MODIFY COLUMN " + column(property) + " "
				+ ColumnTypes.render(property, this.dialect) + (nullable ? " NULL" : " NOT NULL");
	}

	private String index(String create, String name, TableName table, List<String> columns) {
		return create + this.names.name(name) + " ON " + this.names.table(table) + " (" + this.names.columns(columns)
				+ ")";
	}

	private static String generatedName(String prefix, TableName table, List<String> columns) {
		return DdlNames.fit(prefix + table.name() + "_" + String.join("_", columns));
	}

	private String alterTable(EntityModel<?> model) {
		return "ALTER TABLE " + this.names.table(ForeignKeyModel.table(model));
	}

	private String column(ModelProperty property) {
		return this.names.name(ForeignKeyModel.column(property));
	}

	private void requireNotValid() {
		if (!this.dialect.supportsNotValidForeignKeys()) {
			throw new IllegalStateException(this.dialect.name() + " cannot add a foreign key NOT VALID; "
					+ "check Dialect.supportsNotValidForeignKeys() first");
		}
	}

}
