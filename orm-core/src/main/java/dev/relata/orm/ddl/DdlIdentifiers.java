package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Schema names as DDL writes them: folded to the dialect's default case, as unquoted DDL
 * would store them, and quoted by the dialect.
 */
final class DdlIdentifiers {

	private final SqlRenderer renderer;

	DdlIdentifiers(Dialect dialect) {
		this.renderer = new SqlRenderer(dialect);
	}

	String name(String name) {
		return this.renderer.identifier(name);
	}

	String table(TableName table) {
		String name = name(table.name());
		return (table.schema() != null) ? name(table.schema()) + "." + name : name;
	}

	String columns(List<String> columns) {
		return String.join(", ", columns.stream().map(this::name).toList());
	}

}
