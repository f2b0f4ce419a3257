package dev.relata.orm.ddl;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A table as the schema names it, unquoted and unfolded.
 *
 * @param schema the database schema, or {@code null} for the connection's default
 * @param name the table name
 */
public record TableName(@Nullable String schema, String name) {

	/**
	 * Checks the components.
	 */
	public TableName {
		Objects.requireNonNull(name, "name");
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}
