package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one JSON array parameter, one value a row:
 * {@code JSON_TABLE(?, '$[*]' COLUMNS(relata_parent_key BIGINT PATH '$')) t1k}. Only for
 * dialects that name a {@code JSON_TABLE} column type for the values
 * ({@link dev.relata.orm.sql.dialect.Dialect#jsonTableColumnType(Class)}); the renderer
 * refuses it elsewhere. The values are bound as one JSON text ({@link JsonArrayText}),
 * never written into the SQL.
 *
 * @param values the values, none {@code null}
 * @param elementType the Java type of the values
 * @param alias the alias of the rows chosen by the ORM; required
 * @param column the name of the single column, as a schema name (folded and quoted when
 * rendered)
 */
public record JsonTable(List<?> values, Class<?> elementType, String alias, String column) implements FromItem {

	/**
	 * Checks the components and copies the values.
	 */
	public JsonTable {
		values = List.copyOf(values);
		Objects.requireNonNull(elementType, "elementType");
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

	/**
	 * The bind of the values: one JSON array text.
	 * @return the bind
	 */
	public Bind json() {
		return new Bind(JsonArrayText.of(this.values), String.class);
	}

}
