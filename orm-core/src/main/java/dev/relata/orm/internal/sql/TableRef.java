package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A table (or common table expression), optionally schema-qualified and aliased:
 * {@code "public"."users" t0}.
 *
 * @param schema the schema name, or {@code null} for the connection's default
 * @param table the table name as in the schema; folded and quoted when rendered
 * @param alias the alias chosen by the ORM ({@code t0}), or {@code null}
 */
public record TableRef(@Nullable String schema, String table, @Nullable String alias) implements FromItem {

	/**
	 * Checks the components.
	 */
	public TableRef {
		Objects.requireNonNull(table, "table");
	}

	/**
	 * A table in the default schema with an alias.
	 * @param table the table name
	 * @param alias the alias, such as {@code t0}
	 * @return the table reference
	 */
	public static TableRef of(String table, @Nullable String alias) {
		return new TableRef(null, table, alias);
	}

	/**
	 * A column of this table, qualified by its alias if it has one.
	 * @param column the column name
	 * @return the column reference
	 */
	public ColumnRef column(String column) {
		return new ColumnRef(this.alias, column);
	}

}
