package dev.relata.orm.internal.catalog;

import java.util.Locale;

import dev.relata.orm.sql.dialect.IdentifierCase;
import org.jspecify.annotations.Nullable;

/**
 * How names of the schema find what the database stores: folded to the case the database
 * stores unquoted identifiers in, a table without a schema looked up in the connection's
 * current catalog and schema, and a schema named on a model taken as a JDBC catalog where
 * the database calls it so (MariaDB, MySQL).
 *
 * @param identifierCase the case unquoted identifiers are stored in, as
 * {@code DatabaseMetaData.stores*Identifiers()} tell
 * @param currentCatalog the connection's catalog, or {@code null} when it has none
 * @param currentSchema the connection's schema, or {@code null} when it has none
 * (MariaDB)
 * @param schemasAreCatalogs whether a schema named on a model is a JDBC catalog
 */
public record CatalogNaming(IdentifierCase identifierCase, @Nullable String currentCatalog,
		@Nullable String currentSchema, boolean schemasAreCatalogs) {

	/**
	 * Returns where a table of the schema is stored.
	 * @param schema the schema the model names, or {@code null} for the connection's
	 * @param table the table as the model names it
	 * @return the stored name, folded, with its catalog and schema
	 */
	public CatalogTableName resolve(@Nullable String schema, String table) {
		String name = fold(table);
		if (schema == null) {
			return new CatalogTableName(this.currentCatalog, this.currentSchema, name);
		}
		return this.schemasAreCatalogs ? new CatalogTableName(fold(schema), null, name)
				: new CatalogTableName(this.currentCatalog, fold(schema), name);
	}

	/**
	 * Folds a name as unquoted DDL would store it.
	 * @param name a name as the schema writes it
	 * @return the folded name
	 */
	public String fold(String name) {
		return this.identifierCase.fold(name);
	}

	/**
	 * Tells whether a stored column, index or constraint name is the one a schema name
	 * means: equal once folded, or equal ignoring case where the database keeps names as
	 * written (MariaDB compares such names without case).
	 * @param stored the name as the database reports it
	 * @param schemaName the name as the schema writes it
	 * @return whether they name the same thing
	 */
	public boolean matches(String stored, String schemaName) {
		if (stored.equals(fold(schemaName))) {
			return true;
		}
		return this.identifierCase == IdentifierCase.AS_IS
				&& stored.toLowerCase(Locale.ROOT).equals(schemaName.toLowerCase(Locale.ROOT));
	}

}
