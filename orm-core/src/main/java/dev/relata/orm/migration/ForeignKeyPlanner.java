package dev.relata.orm.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.internal.catalog.CatalogTableName;
import dev.relata.orm.ddl.AlterDdl;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.TableName;
import dev.relata.orm.migration.ForeignKeyChange.Bookkeeping;
import dev.relata.orm.migration.ForeignKeyChange.Validation;
import dev.relata.orm.migration.ForeignKeyDrift.Difference;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Plans the migration from the declared foreign keys, a catalog snapshot and the
 * bookkeeping rows. Per declared key: a constraint linking its columns to the referenced
 * key with its actions (the declared name preferred, any name accepted) leaves it alone,
 * only creating a declared index that no index serves; else a constraint of the declared
 * name is replaced; else the key is added (index first). Then every bookkeeping row that
 * no declared key names and no declared key relies on is dropped, if its constraint still
 * exists, and forgotten. Drops run first, so a renamed key never exists twice. Where the
 * dialect supports it, a key is added {@code NOT VALID} and validated by a separate
 * statement. Pure: reads nothing but its arguments.
 */
final class ForeignKeyPlanner {

	private final Catalog catalog;

	private final List<ManagedForeignKey> managed;

	private final Dialect dialect;

	private final AlterDdl ddl;

	private final Set<List<String>> reliedOn = new HashSet<>();

	private ForeignKeyPlanner(Catalog catalog, List<ManagedForeignKey> managed, Dialect dialect) {
		this.catalog = catalog;
		this.managed = managed.stream()
			.sorted(Comparator.comparing(ManagedForeignKey::schema)
				.thenComparing(ManagedForeignKey::table)
				.thenComparing(ManagedForeignKey::constraintName))
			.toList();
		this.dialect = dialect;
		this.ddl = AlterDdl.of(dialect);
	}

	static ForeignKeyPlan plan(List<ForeignKeyDefinition> declared, Catalog catalog, List<ManagedForeignKey> managed,
			Dialect dialect) {
		ForeignKeyPlanner planner = new ForeignKeyPlanner(catalog, managed, dialect);
		List<ForeignKeyChange> declaredChanges = new ArrayList<>();
		for (ForeignKeyDefinition foreignKey : declared) {
			planner.plan(foreignKey).ifPresent(declaredChanges::add);
		}
		List<ForeignKeyChange> changes = new ArrayList<>();
		List<ManagedForeignKey> forgotten = new ArrayList<>();
		for (ManagedForeignKey row : planner.managed) {
			if (declared.stream().anyMatch((foreignKey) -> row.names(foreignKey, catalog.naming()))) {
				continue;
			}
			Optional<CatalogForeignKey> existing = planner.table(row.tableName())
				.flatMap((table) -> table.foreignKey(row.constraintName()));
			if (existing.isEmpty()) {
				forgotten.add(row);
			}
			else if (!planner.reliedOn.contains(planner.key(row.tableName(), existing.get().name()))) {
				changes.add(planner.drop(row, existing.get()));
			}
		}
		changes.addAll(declaredChanges);
		return new ForeignKeyPlan(changes, forgotten);
	}

	private Optional<ForeignKeyChange> plan(ForeignKeyDefinition foreignKey) {
		Optional<CatalogTable> table = table(foreignKey.table());
		if (table.isEmpty()) {
			// adding fails naming the table; the application's migrations create tables
			return Optional.of(add(foreignKey, Difference.MISSING,
					"the table of " + foreignKey.describe() + " does not exist", List.of()));
		}
		CatalogTableName referenced = table(foreignKey.referencedTable()).map(CatalogTable::name)
			.orElseGet(() -> resolve(foreignKey.referencedTable()));
		List<CatalogForeignKey> links = table.get()
			.foreignKeysLinking(foreignKey.columns(), referenced, foreignKey.referencedColumns());
		Optional<CatalogForeignKey> named = table.get().foreignKey(foreignKey.constraintName());
		Optional<CatalogForeignKey> equal = links.stream()
			.filter((link) -> link.hasActions(foreignKey.onDelete(), foreignKey.onUpdate(),
					this.dialect.distinguishesNoActionFromRestrict()))
			.min(Comparator.comparing((link) -> !named.map(link::equals).orElse(false)));
		List<String> index = (foreignKey.indexed() && !table.get().hasIndexLeadingWith(foreignKey.columns()))
				? List.of(this.ddl.createIndex(foreignKey)) : List.of();
		if (equal.isPresent()) {
			this.reliedOn.add(key(foreignKey.table(), equal.get().name()));
			return index.isEmpty()
					? Optional.empty() : Optional.of(ForeignKeyChange.of(Difference.MISSING_INDEX,
							ManagedForeignKey.of(foreignKey), "no index starts with the columns of "
									+ foreignKey.describe() + ", although " + foreignKey.indexName() + " is declared",
							index, null, Bookkeeping.NONE));
		}
		if (named.isPresent()) {
			List<String> statements = new ArrayList<>(index);
			statements.add(this.ddl.dropForeignKey(foreignKey.table(), named.get().name()));
			return Optional
				.of(add(foreignKey, Difference.DIFFERENT_DEFINITION, "the constraint " + named.get().describe()
						+ " differs from the declared " + declaredDefinition(foreignKey), statements));
		}
		return Optional.of(add(foreignKey, Difference.MISSING,
				"no constraint links the columns of the declared " + declaredDefinition(foreignKey), index));
	}

	private ForeignKeyChange add(ForeignKeyDefinition foreignKey, Difference difference, String description,
			List<String> before) {
		List<String> statements = new ArrayList<>(before);
		@Nullable Validation validation = null;
		if (this.dialect.supportsNotValidForeignKeys()) {
			statements.add(this.ddl.addForeignKeyNotValid(foreignKey));
			validation = new Validation(this.ddl.validateForeignKey(foreignKey), this.ddl.dropForeignKey(
					foreignKey.table(), this.dialect.defaultIdentifierCase().fold(foreignKey.constraintName())));
		}
		else {
			statements.add(this.ddl.addForeignKey(foreignKey));
		}
		boolean recorded = this.managed.stream().anyMatch((each) -> each.names(foreignKey, this.catalog.naming()));
		return ForeignKeyChange.of(difference, ManagedForeignKey.of(foreignKey), description, statements, validation,
				recorded ? Bookkeeping.NONE : Bookkeeping.RECORD);
	}

	private ForeignKeyChange drop(ManagedForeignKey row, CatalogForeignKey existing) {
		return ForeignKeyChange.of(Difference.UNDECLARED_BUT_MANAGED, row,
				"the constraint " + existing.describe() + " on " + row.tableName()
						+ " was added by Relata and is no longer declared",
				List.of(this.ddl.dropForeignKey(row.tableName(), existing.name())), null, Bookkeeping.FORGET);
	}

	private static String declaredDefinition(ForeignKeyDefinition foreignKey) {
		return foreignKey.describe() + " ON DELETE " + foreignKey.onDelete().sql() + " ON UPDATE "
				+ foreignKey.onUpdate().sql() + " (declared by " + String.join(", ", foreignKey.definedBy()) + ")";
	}

	private Optional<CatalogTable> table(TableName table) {
		return this.catalog.table(table.schema(), table.name());
	}

	private CatalogTableName resolve(TableName table) {
		return this.catalog.naming().resolve(table.schema(), table.name());
	}

	private List<String> key(TableName table, String storedConstraintName) {
		return List.of(resolve(table).toString(), storedConstraintName);
	}

}
