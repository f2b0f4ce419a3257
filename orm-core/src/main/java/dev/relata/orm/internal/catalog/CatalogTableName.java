package dev.relata.orm.internal.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A table as the database stores it: its name in the stored case, with the JDBC catalog
 * and schema it is in.
 *
 * @param catalog the JDBC catalog, or {@code null} when unknown or not used
 * @param schema the JDBC schema, or {@code null} when unknown or not used (MariaDB)
 * @param name the stored table name
 */
public record CatalogTableName(@Nullable String catalog, @Nullable String schema, String name) {

	/**
	 * Checks the components.
	 */
	public CatalogTableName {
		Objects.requireNonNull(name, "name");
	}

	/**
	 * Tells whether two names denote one table: equal names, and equal catalogs and
	 * schemas where both are known.
	 * @param other another stored name
	 * @return whether they are the same table
	 */
	public boolean sameTable(CatalogTableName other) {
		return this.name.equals(other.name) && agree(this.catalog, other.catalog) && agree(this.schema, other.schema);
	}

	private static boolean agree(@Nullable String one, @Nullable String other) {
		return one == null || other == null || one.equals(other);
	}

	@Override
	public String toString() {
		String qualifier = (this.schema != null) ? this.schema : this.catalog;
		return (qualifier != null) ? qualifier + "." + this.name : this.name;
	}

}
