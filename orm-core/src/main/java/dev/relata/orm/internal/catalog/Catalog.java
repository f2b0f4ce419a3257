package dev.relata.orm.internal.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of the tables a caller asked for, as the database had them when they were
 * read; a table not in it is missing (or was not asked for). Immutable.
 */
public final class Catalog {

	private final CatalogNaming naming;

	private final List<CatalogTable> tables;

	private Catalog(CatalogNaming naming, List<CatalogTable> tables) {
		this.naming = naming;
		this.tables = List.copyOf(tables);
	}

	/**
	 * Creates a snapshot.
	 * @param naming how schema names find stored ones
	 * @param tables the tables found
	 * @return the snapshot
	 */
	public static Catalog of(CatalogNaming naming, List<CatalogTable> tables) {
		return new Catalog(naming, tables);
	}

	/**
	 * Returns how schema names find stored ones.
	 * @return the naming
	 */
	public CatalogNaming naming() {
		return this.naming;
	}

	/**
	 * Returns the tables found.
	 * @return the tables, in the order they were read
	 */
	public List<CatalogTable> tables() {
		return this.tables;
	}

	/**
	 * Finds a table of the schema.
	 * @param schema the schema the model names, or {@code null} for the connection's
	 * @param table the table as the model names it
	 * @return the table, or empty when it is not in the snapshot
	 */
	public Optional<CatalogTable> table(@Nullable String schema, String table) {
		CatalogTableName wanted = this.naming.resolve(schema, table);
		return this.tables.stream().filter((each) -> each.name().sameTable(wanted)).findFirst();
	}

}
