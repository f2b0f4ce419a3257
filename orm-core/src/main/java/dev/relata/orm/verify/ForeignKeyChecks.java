package dev.relata.orm.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Relation;

/**
 * Per foreign key of the schema, on a table and column that exist: a constraint links the
 * columns to the referenced key (matched by columns, whatever its name) with the declared
 * actions; an index starts with the columns (except a join model's key towards the
 * target, which {@link JoinModelChecks} reports); and, for a key a belongsTo, hasOne or
 * hasMany implies, the column's nullability matches the relation's optionality.
 */
final class ForeignKeyChecks {

	private final VerificationContext context;

	private final Set<ModelProperty> joinModelRightKeys = new HashSet<>();

	private ForeignKeyChecks(VerificationContext context) {
		this.context = context;
		for (EntityModel<?> model : context.schema().models()) {
			for (Relation relation : context.schema().relations(model.type())) {
				if (relation.joinModelReferencesBothSides()) {
					relation.throughTargetKey().ifPresent(this.joinModelRightKeys::add);
				}
			}
		}
	}

	static void check(VerificationContext context) {
		ForeignKeyChecks checks = new ForeignKeyChecks(context);
		context.foreignKeys().forEach(checks::check);
	}

	private void check(DeclaredForeignKey declared) {
		EntityModel<?> model = declared.key().model();
		Optional<CatalogTable> table = this.context.table(model);
		Optional<CatalogColumn> column = table.flatMap((each) -> each.column(declared.column()));
		if (table.isEmpty() || column.isEmpty()) {
			// reported as a missing table or column
			return;
		}
		this.context.table(declared.key().referenced())
			.ifPresent((referenced) -> checkConstraint(declared, table.get(), referenced));
		if (!this.joinModelRightKeys.contains(declared.key().column())
				&& !table.get().hasIndexLeadingWith(declared.definition().columns())) {
			add(FindingKind.UNINDEXED_FOREIGN_KEY, declared,
					"No index of " + declared.definition().table() + " starts with " + declared.column()
							+ ", so loading " + declared.definer().qualifiedName() + " and deleting from "
							+ declared.definition().referencedTable() + " scan " + declared.definition().table(),
					this.context.ddl().createIndex(declared.definition()));
		}
		if (declared.direct()) {
			checkNullability(declared, column.get());
		}
	}

	private void checkConstraint(DeclaredForeignKey declared, CatalogTable table, CatalogTable referenced) {
		ForeignKeyDefinition definition = declared.definition();
		List<CatalogForeignKey> links = table.foreignKeysLinking(definition.columns(), referenced.name(),
				definition.referencedColumns());
		String declaredActions = "ON DELETE " + definition.onDelete().sql() + " ON UPDATE "
				+ definition.onUpdate().sql();
		if (links.isEmpty()) {
			List<String> fix = new ArrayList<>();
			table.foreignKey(definition.constraintName())
				.ifPresent((taken) -> fix.add(this.context.ddl().dropForeignKey(definition.table(), taken.name())));
			fix.add(this.context.ddl().addForeignKey(definition));
			add(FindingKind.MISSING_FOREIGN_KEY, declared,
					"No foreign key links " + definition.table() + "." + declared.column() + " to "
							+ definition.referencedTable() + "." + String.join(", ", definition.referencedColumns())
							+ " (" + declaredActions + ", implied by " + String.join(", ", definition.definedBy())
							+ ")",
					fix.toArray(String[]::new));
			return;
		}
		boolean distinguish = this.context.dialect().distinguishesNoActionFromRestrict();
		if (links.stream()
			.noneMatch((link) -> link.hasActions(definition.onDelete(), definition.onUpdate(), distinguish))) {
			CatalogForeignKey actual = links.get(0);
			add(FindingKind.FOREIGN_KEY_ACTION_MISMATCH, declared,
					"The foreign key " + actual.describe() + " should have " + declaredActions + " (declared by "
							+ String.join(", ", definition.definedBy()) + ")",
					this.context.ddl().dropForeignKey(definition.table(), actual.name()),
					this.context.ddl().addForeignKey(definition));
		}
	}

	private void checkNullability(DeclaredForeignKey declared, CatalogColumn column) {
		ModelProperty property = declared.key().column();
		EntityModel<?> model = declared.key().model();
		boolean required = !property.options().nullable();
		String where = declared.definition().table() + "." + declared.column();
		if (required && column.nullable()) {
			add(FindingKind.REQUIRED_RELATION_WITH_NULLABLE_COLUMN, declared,
					where + " accepts NULL, but " + property.qualifiedName() + " is " + requiredBecause(property)
							+ ", so the schema treats " + declared.definer().qualifiedName() + " as required",
					this.context.ddl().changeColumnNullability(model, property, false));
		}
		else if (setsNull(declared) && !column.nullable()) {
			add(FindingKind.OPTIONAL_RELATION_WITH_NOT_NULL_COLUMN, declared,
					where + " is NOT NULL, but the foreign key of " + declared.definer().qualifiedName()
							+ " is declared " + setNullActions(declared)
							+ ", so the relation is optional and the database would refuse to set it to NULL; "
							+ "let the column accept NULL, or declare another action",
					this.context.ddl().changeColumnNullability(model, property, true));
		}
	}

	/**
	 * Whether the relation is declared optional: only a {@code SET NULL} action says so.
	 * A boxed foreign-key property says nothing, since nested writes create children with
	 * a {@code null} key that Relata fills in.
	 */
	private static boolean setsNull(DeclaredForeignKey declared) {
		ForeignKeyDefinition definition = declared.definition();
		return definition.onDelete() == ReferentialAction.SET_NULL
				|| definition.onUpdate() == ReferentialAction.SET_NULL;
	}

	private static String setNullActions(DeclaredForeignKey declared) {
		ForeignKeyDefinition definition = declared.definition();
		List<String> actions = new ArrayList<>();
		if (definition.onDelete() == ReferentialAction.SET_NULL) {
			actions.add("ON DELETE SET NULL");
		}
		if (definition.onUpdate() == ReferentialAction.SET_NULL) {
			actions.add("ON UPDATE SET NULL");
		}
		return String.join(" ", actions);
	}

	private static String requiredBecause(ModelProperty property) {
		if (property.key()) {
			return "part of the key";
		}
		return property.primitive() ? "a primitive " + property.javaType().getName() : "@Column(nullable = false)";
	}

	private void add(FindingKind kind, DeclaredForeignKey declared, String problem, String... fix) {
		this.context.add(kind, declared.definer().source().name(), declared.definer().name(), declared.key().model(),
				declared.column(), problem, fix);
	}

}
