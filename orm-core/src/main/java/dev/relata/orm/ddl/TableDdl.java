package dev.relata.orm.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.ColumnOptions;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.ColumnType;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Renders one {@code CREATE TABLE} per model, referenced tables first, without foreign
 * keys: those come from {@link ForeignKeyDdl}, after every table exists.
 */
final class TableDdl {

	private final Dialect dialect;

	private final DdlIdentifiers names;

	TableDdl(Dialect dialect) {
		this.dialect = dialect;
		this.names = new DdlIdentifiers(dialect);
	}

	List<String> createTables(OrmSchema schema) {
		return TableOrder.of(schema).stream().map(this::createTable).toList();
	}

	String createTable(EntityModel<?> model) {
		List<String> parts = new ArrayList<>();
		for (ModelProperty column : model.columns()) {
			parts.add(columnDefinition(model, column));
		}
		List<String> keys = model.keys().stream().map(ForeignKeyModel::column).toList();
		parts.add("PRIMARY KEY (" + this.names.columns(keys) + ")");
		return "CREATE TABLE " + this.names.table(ForeignKeyModel.table(model)) + " (" + String.join(", ", parts) + ")";
	}

	/**
	 * A column as {@code CREATE TABLE} and {@code ADD COLUMN} write it: name, type,
	 * generated key, {@code NOT NULL}, {@code UNIQUE}.
	 */
	String columnDefinition(EntityModel<?> model, ModelProperty property) {
		ColumnOptions options = property.options();
		ColumnType type = ColumnTypes.of(property);
		StringBuilder sql = new StringBuilder(this.names.name(ForeignKeyModel.column(property)));
		sql.append(' ').append(ColumnTypes.render(property, this.dialect));
		if (property.key() && model.generatedKey() && ColumnTypes.integral(type)) {
			sql.append(' ').append(this.dialect.generatedKeyClause());
		}
		if (!options.nullable()) {
			sql.append(" NOT NULL");
		}
		if (options.unique() && !(property.key() && !model.compositeKey())) {
			sql.append(" UNIQUE");
		}
		return sql.toString();
	}

}
