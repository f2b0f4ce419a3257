package dev.relata.orm.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ForeignKey;
import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import org.jspecify.annotations.Nullable;

/**
 * Turns the foreign keys of a schema into {@link ForeignKeyDefinition}s: given constraint
 * names are reserved first, so generated names never take them.
 */
final class ForeignKeyModel {

	private ForeignKeyModel() {
	}

	static List<ForeignKeyDefinition> of(OrmSchema schema) {
		DdlNames names = new DdlNames();
		for (ForeignKey foreignKey : schema.foreignKeys()) {
			String given = foreignKey.options().constraintName();
			if (given != null) {
				names.reserve(given, describe(foreignKey));
			}
		}
		List<ForeignKeyDefinition> definitions = new ArrayList<>();
		for (ForeignKey foreignKey : schema.foreignKeys()) {
			definitions.add(definition(foreignKey, names));
		}
		return List.copyOf(definitions);
	}

	private static ForeignKeyDefinition definition(ForeignKey foreignKey, DdlNames names) {
		ForeignKeyOptions options = foreignKey.options();
		String column = column(foreignKey.column());
		String base = foreignKey.model().table() + "_" + column;
		String given = options.constraintName();
		String constraint = (given != null) ? given : names.generate("fk_" + base, describe(foreignKey));
		@Nullable String index = Boolean.TRUE.equals(options.index()) ? names.generate("ix_" + base, describe(foreignKey)) : null;
		return new ForeignKeyDefinition(constraint, table(foreignKey.model()), List.of(column),
				table(foreignKey.referenced()), List.of(column(foreignKey.referencedColumn())), options.onDelete(),
				options.onUpdate(), index, foreignKey.definedBy());
	}

	static TableName table(EntityModel<?> model) {
		return new TableName(model.schemaName(), model.table());
	}

	static String column(ModelProperty property) {
		String column = property.column();
		if (column == null) {
			throw new IllegalStateException(property.qualifiedName() + " is not a column");
		}
		return column;
	}

	private static String describe(ForeignKey foreignKey) {
		return "the foreign key " + foreignKey.describe() + " (defined by " + String.join(", ", foreignKey.definedBy())
				+ ")";
	}

}
