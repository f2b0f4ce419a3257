package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * A subquery that may refer to the columns of the from items before it:
 * {@code LATERAL (SELECT ... WHERE t1i."user_id" = t1k."relata_parent_key" LIMIT ?) t1}.
 * Read once per row of the items on its left, usually through a {@link JoinType#CROSS}
 * join. Only for dialects that
 * {@link dev.relata.orm.sql.dialect.Dialect#supportsLateral() support LATERAL}; the
 * renderer refuses it elsewhere.
 *
 * @param select the subquery, which may refer to the aliases on its left
 * @param alias the alias chosen by the ORM; required
 */
public record LateralDerivedTable(Select select, String alias) implements FromItem {

	/**
	 * Checks the components.
	 */
	public LateralDerivedTable {
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
