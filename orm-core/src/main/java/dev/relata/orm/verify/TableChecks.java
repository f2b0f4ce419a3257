package dev.relata.orm.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.ColumnOptions;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.sql.dialect.ColumnType;

/**
 * Per model: the table exists, every column property has a column, and each column can
 * hold its property's type. A missing column that a polymorphic relation uses as its type
 * or id column is reported as that relation's.
 */
final class TableChecks {

	private final VerificationContext context;

	private final Map<ModelProperty, Relation> morphColumns = new HashMap<>();

	private TableChecks(VerificationContext context) {
		this.context = context;
		for (EntityModel<?> model : context.schema().models()) {
			for (Relation relation : context.schema().relations(model.type())) {
				relation.morphType().ifPresent((type) -> {
					this.morphColumns.putIfAbsent(type, relation);
					this.morphColumns.putIfAbsent(relation.morphId(), relation);
				});
			}
		}
	}

	static void check(VerificationContext context) {
		TableChecks checks = new TableChecks(context);
		context.schema().models().forEach(checks::check);
	}

	private void check(EntityModel<?> model) {
		Optional<CatalogTable> table = this.context.table(model);
		if (table.isEmpty()) {
			this.context.add(FindingKind.MISSING_TABLE, model.name(), null, model, null,
					"The table " + VerificationContext.tableName(model) + " of " + model.name()
							+ " does not exist (looked up as "
							+ this.context.catalog().naming().resolve(model.schemaName(), model.table()) + ")",
					this.context.ddl().createTable(model));
			return;
		}
		for (ModelProperty property : model.columns()) {
			String name = column(property);
			Optional<CatalogColumn> column = table.get().column(name);
			if (column.isEmpty()) {
				missing(model, property, name);
			}
			else {
				checkType(model, property, column.get());
			}
		}
	}

	private void missing(EntityModel<?> model, ModelProperty property, String column) {
		Relation morph = this.morphColumns.get(property);
		String fix = this.context.ddl().addColumn(model, property);
		if (morph != null) {
			String role = morph.morphType().orElseThrow() == property ? "type" : "id";
			this.context.add(FindingKind.MISSING_MORPH_COLUMN, morph.source().name(), morph.name(), model, column,
					VerificationContext.tableName(model) + " has no column " + column + ", the " + role
							+ " column of the polymorphic relation " + morph.qualifiedName() + " ("
							+ morph.kind().label() + ")",
					fix);
			return;
		}
		this.context.add(FindingKind.MISSING_COLUMN, model.name(), null, model, column,
				VerificationContext.tableName(model) + " has no column " + column + " for " + property.qualifiedName()
						+ " (" + property.javaType().getSimpleName() + ")",
				fix);
	}

	private void checkType(EntityModel<?> model, ModelProperty property, CatalogColumn column) {
		ColumnType wanted;
		try {
			wanted = OrmDdl.columnType(property);
		}
		catch (OrmSchemaException ex) {
			// a type generated DDL does not know: nothing to compare with
			return;
		}
		if (TypeCompatibility.accepts(wanted, column, this.context.dialect())) {
			return;
		}
		ColumnOptions options = property.options();
		String created = this.context.dialect()
			.columnType(wanted, options.length(), options.precision(), options.scale());
		this.context.add(FindingKind.INCOMPATIBLE_COLUMN_TYPE, model.name(), null, model, column(property),
				VerificationContext.tableName(model) + "." + column(property) + " is " + column.describeType()
						+ ", which cannot hold " + property.qualifiedName() + " ("
						+ property.columnType().getSimpleName() + "); it needs "
						+ TypeCompatibility.expectation(wanted, this.context.dialect()) + ", such as " + created,
				this.context.ddl().changeColumnType(model, property));
	}

	static String column(ModelProperty property) {
		String column = property.column();
		if (column == null) {
			throw new IllegalStateException(property.qualifiedName() + " is not a column");
		}
		return column;
	}

}
