package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * A subquery in {@code FROM} or {@code JOIN}: {@code (SELECT ...) d0}.
 *
 * @param select the subquery
 * @param alias the alias chosen by the ORM; required
 */
public record DerivedTable(Select select, String alias) implements FromItem {

	/**
	 * Checks the components.
	 */
	public DerivedTable {
		Objects.requireNonNull(select, "select");
		Objects.requireNonNull(alias, "alias");
	}

	/**
	 * A column of this derived table, qualified by its alias.
	 * @param column the column name (or select item alias) of the subquery
	 * @return the column reference
	 */
	public ColumnRef column(String column) {
		return new ColumnRef(this.alias, column);
	}

}
