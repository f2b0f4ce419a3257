package dev.relata.orm.migration;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.jdbc.ConnectionStatements;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * The bookkeeping table {@code relata_foreign_keys} in the connection's current schema:
 * one row per constraint the migration created (schema, table, constraint name, as the
 * schema named them; {@code ""} for no schema), so that it only ever drops its own.
 * Created with {@code CREATE TABLE IF NOT EXISTS} when the first row is written; rows are
 * written with bind parameters. Names are folded and quoted by the dialect.
 */
final class ManagedForeignKeys {

	/** The bookkeeping table's name. */
	static final String TABLE = "relata_foreign_keys";

	private static final String TASK = "Relata foreign-key migration bookkeeping";

	private final String table;

	private final String schemaColumn;

	private final String tableColumn;

	private final String constraintColumn;

	ManagedForeignKeys(Dialect dialect) {
		this.table = quote(dialect, TABLE);
		this.schemaColumn = quote(dialect, "table_schema");
		this.tableColumn = quote(dialect, "table_name");
		this.constraintColumn = quote(dialect, "constraint_name");
	}

	private static String quote(Dialect dialect, String name) {
		return dialect.quoteIdentifier(dialect.defaultIdentifierCase().fold(name));
	}

	String createTable() {
		return "CREATE TABLE IF NOT EXISTS " + this.table + " (" + this.schemaColumn + " VARCHAR(128) NOT NULL, "
				+ this.tableColumn + " VARCHAR(128) NOT NULL, " + this.constraintColumn + " VARCHAR(128) NOT NULL, "
				+ "PRIMARY KEY (" + this.schemaColumn + ", " + this.tableColumn + ", " + this.constraintColumn + "))";
	}

	String insert() {
		return "INSERT INTO " + this.table + " (" + this.schemaColumn + ", " + this.tableColumn + ", "
				+ this.constraintColumn + ") VALUES (?, ?, ?)";
	}

	String delete() {
		return "DELETE FROM " + this.table + " WHERE " + this.schemaColumn + " = ? AND " + this.tableColumn
				+ " = ? AND " + this.constraintColumn + " = ?";
	}

	String select() {
		return "SELECT " + this.schemaColumn + ", " + this.tableColumn + ", " + this.constraintColumn + " FROM "
				+ this.table;
	}

	List<ManagedForeignKey> read(ConnectionStatements statements) {
		List<ManagedForeignKey> rows = new ArrayList<>();
		for (List<@Nullable String> row : statements.queryForText(TASK, select())) {
			rows.add(new ManagedForeignKey(text(row.get(0)), text(row.get(1)), text(row.get(2))));
		}
		return rows;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	void create(ConnectionStatements statements) {
		statements.execute(TASK, createTable());
	}

	void record(ConnectionStatements statements, ManagedForeignKey row) {
		statements.update(TASK, insert(), row.schema(), row.table(), row.constraintName());
	}

	void forget(ConnectionStatements statements, ManagedForeignKey row) {
		statements.update(TASK, delete(), row.schema(), row.table(), row.constraintName());
	}

}
