package dev.relata.orm.internal.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A table as the database has it: columns, primary key, indexes and the foreign keys it
 * holds. Lookups take names as the schema writes them and match them as
 * {@link CatalogNaming#matches} does. Immutable.
 */
public final class CatalogTable {

	private final CatalogNaming naming;

	private final CatalogTableName name;

	private final List<CatalogColumn> columns;

	private final List<String> primaryKey;

	private final List<CatalogIndex> indexes;

	private final List<CatalogForeignKey> foreignKeys;

	private CatalogTable(CatalogNaming naming, CatalogTableName name, List<CatalogColumn> columns,
			List<String> primaryKey, List<CatalogIndex> indexes, List<CatalogForeignKey> foreignKeys) {
		this.naming = naming;
		this.name = name;
		this.columns = List.copyOf(columns);
		this.primaryKey = List.copyOf(primaryKey);
		this.indexes = List.copyOf(indexes);
		this.foreignKeys = List.copyOf(foreignKeys);
	}

	/**
	 * Creates a table.
	 * @param naming how schema names find stored ones
	 * @param name the stored name
	 * @param columns the columns, in table order
	 * @param primaryKey the primary-key columns in key order, empty when there is none
	 * @param indexes the indexes, the primary key's included where the database reports
	 * it
	 * @param foreignKeys the foreign keys the table holds
	 * @return the table
	 */
	public static CatalogTable of(CatalogNaming naming, CatalogTableName name, List<CatalogColumn> columns,
			List<String> primaryKey, List<CatalogIndex> indexes, List<CatalogForeignKey> foreignKeys) {
		return new CatalogTable(naming, name, columns, primaryKey, indexes, foreignKeys);
	}

	/**
	 * Returns the stored name.
	 * @return the name with its catalog and schema
	 */
	public CatalogTableName name() {
		return this.name;
	}

	/**
	 * Returns the columns.
	 * @return the columns, in table order
	 */
	public List<CatalogColumn> columns() {
		return this.columns;
	}

	/**
	 * Returns the primary key.
	 * @return its columns in key order, empty when there is none
	 */
	public List<String> primaryKey() {
		return this.primaryKey;
	}

	/**
	 * Returns the indexes.
	 * @return the indexes
	 */
	public List<CatalogIndex> indexes() {
		return this.indexes;
	}

	/**
	 * Returns the foreign keys this table holds.
	 * @return the foreign keys
	 */
	public List<CatalogForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	/**
	 * Finds a column.
	 * @param column the column as the schema names it
	 * @return the column, or empty when the table has none of that name
	 */
	public Optional<CatalogColumn> column(String column) {
		return this.columns.stream().filter((each) -> this.naming.matches(each.name(), column)).findFirst();
	}

	/**
	 * Tells whether an index (the primary key included) starts with these columns in this
	 * order, so it serves lookups by them.
	 * @param columns the columns as the schema names them
	 * @return whether such an index exists
	 */
	public boolean hasIndexLeadingWith(List<String> columns) {
		if (leadsWith(this.primaryKey, columns)) {
			return true;
		}
		return this.indexes.stream().anyMatch((index) -> leadsWith(index.columns(), columns));
	}

	/**
	 * Tells whether the primary key or a unique index is on exactly these columns, in any
	 * order.
	 * @param columns the columns as the schema names them
	 * @return whether the columns are unique together
	 */
	public boolean hasUniqueKeyOn(Collection<String> columns) {
		if (sameColumns(this.primaryKey, columns)) {
			return true;
		}
		return this.indexes.stream().anyMatch((index) -> index.unique() && sameColumns(index.columns(), columns));
	}

	/**
	 * Returns the foreign keys from these columns to these referenced columns of a table,
	 * whatever their names and actions.
	 * @param columns the foreign-key columns as the schema names them, in order
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns as the schema names them
	 * @return the matching foreign keys, possibly none
	 */
	public List<CatalogForeignKey> foreignKeysLinking(List<String> columns, CatalogTableName referencedTable,
			List<String> referencedColumns) {
		List<CatalogForeignKey> found = new ArrayList<>();
		for (CatalogForeignKey foreignKey : this.foreignKeys) {
			if (same(foreignKey.columns(), columns) && foreignKey.referencedTable().sameTable(referencedTable)
					&& same(foreignKey.referencedColumns(), referencedColumns)) {
				found.add(foreignKey);
			}
		}
		return List.copyOf(found);
	}

	/**
	 * Finds a foreign key by its constraint name.
	 * @param constraintName the name as the schema (or a bookkeeping row) writes it
	 * @return the foreign key, or empty
	 */
	public Optional<CatalogForeignKey> foreignKey(String constraintName) {
		return this.foreignKeys.stream()
			.filter((foreignKey) -> this.naming.matches(foreignKey.name(), constraintName))
			.findFirst();
	}

	private boolean leadsWith(List<String> stored, List<String> wanted) {
		return !wanted.isEmpty() && stored.size() >= wanted.size() && same(stored.subList(0, wanted.size()), wanted);
	}

	private boolean same(List<String> stored, List<String> wanted) {
		if (stored.size() != wanted.size()) {
			return false;
		}
		for (int i = 0; i < stored.size(); i++) {
			if (!this.naming.matches(stored.get(i), wanted.get(i))) {
				return false;
			}
		}
		return true;
	}

	private boolean sameColumns(List<String> stored, Collection<String> wanted) {
		return stored.size() == wanted.size() && wanted.stream()
			.allMatch((column) -> stored.stream().anyMatch((each) -> this.naming.matches(each, column)));
	}

	@Override
	public String toString() {
		return this.name.toString();
	}

}
