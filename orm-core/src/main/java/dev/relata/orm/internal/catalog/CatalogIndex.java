package dev.relata.orm.internal.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An index as {@code DatabaseMetaData.getIndexInfo} reports it, without partial
 * (filtered) indexes, which serve only some rows.
 *
 * @param name the stored index name
 * @param unique whether the index is unique
 * @param columns the stored column names, leading column first
 */
public record CatalogIndex(String name, boolean unique, List<String> columns) {

	/**
	 * Checks the components and copies the columns.
	 */
	public CatalogIndex {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
	}

}
