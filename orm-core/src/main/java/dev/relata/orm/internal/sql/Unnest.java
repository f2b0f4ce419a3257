package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * The rows of one array parameter, one value a row:
 * {@code unnest(?) AS t1k("relata_parent_key")}. Only for dialects that
 * {@link dev.relata.orm.sql.dialect.Dialect#supportsArrayParameters() support array
 * parameters}; the renderer refuses it elsewhere.
 *
 * @param array the values, bound as one array
 * @param alias the alias of the rows chosen by the ORM; required
 * @param column the name of the single column, as a schema name (folded and quoted when
 * rendered)
 */
public record Unnest(ArrayBind array, String alias, String column) implements FromItem {

	/**
	 * Checks the components.
	 */
	public Unnest {
		Objects.requireNonNull(array, "array");
		Objects.requireNonNull(alias, "alias");
		Objects.requireNonNull(column, "column");
	}

	/**
	 * The column of these rows, qualified by the alias.
	 * @return the column reference
	 */
	public ColumnRef value() {
		return new ColumnRef(this.alias, this.column);
	}

}
