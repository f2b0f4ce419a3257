package dev.relata.orm.internal.catalog;

import java.util.Objects;

/**
 * A column as {@code DatabaseMetaData.getColumns} reports it.
 *
 * @param name the stored column name
 * @param jdbcType the name of its {@code java.sql.JDBCType}, such as {@code BIGINT} or
 * {@code OTHER}; {@code TYPE_<code>} for a code JDBC does not name
 * @param typeName the database's own type name, such as {@code int8} or {@code UUID}
 * @param size the column size: the length of text, the precision of numbers
 * @param decimalDigits the scale of numbers, 0 where not applicable
 * @param nullable whether the column accepts NULL
 */
public record CatalogColumn(String name, String jdbcType, String typeName, int size, int decimalDigits,
		boolean nullable) {

	/**
	 * Checks the components.
	 */
	public CatalogColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(jdbcType, "jdbcType");
		Objects.requireNonNull(typeName, "typeName");
	}

	/**
	 * Describes the type for messages.
	 * @return for example {@code int8 (BIGINT)}
	 */
	public String describeType() {
		return this.typeName.equalsIgnoreCase(this.jdbcType) ? this.typeName
				: this.typeName + " (" + this.jdbcType + ")";
	}

}
