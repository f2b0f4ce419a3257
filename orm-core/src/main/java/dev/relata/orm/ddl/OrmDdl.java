package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.ColumnType;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * DDL generated from a schema, for teams that commit it as a versioned migration (such as
 * a Flyway {@code V2__foreign_keys.sql}) and for tests. The statements come without
 * trailing semicolons, in the order they must run: {@link #createTables} first, then
 * {@link #render} of {@link #foreignKeys} (each index before its constraint). Names are
 * folded to the database's case and quoted as the dialect does, so they match tables
 * created with unquoted DDL.
 */
public final class OrmDdl {

	/**
	 * The longest constraint or index name, in UTF-8 bytes: PostgreSQL's limit, within
	 * MariaDB's and MySQL's 64 characters.
	 */
	public static final int MAX_NAME_BYTES = 63;

	private OrmDdl() {
	}

	/**
	 * Returns the foreign keys the relations of a schema imply, with deterministic names:
	 * the given constraint name, else {@code fk_
	 *
	<table>
	 * _<column>}; an index, when wanted, {@code ix_
	 *
	<table>
	 * _<column>}. Generated names longer than {@value #MAX_NAME_BYTES} bytes are cut and
	 * end with {@code _} and 8 hex digits of the SHA-256 of the full name; a generated
	 * name already taken gets {@code _2}, {@code _3}, ...
	 * @param schema the schema
	 * @return the foreign keys, in the schema's order
	 * @throws OrmSchemaException if a given constraint name is too long or given twice
	 */
	public static List<ForeignKeyDefinition> foreignKeys(OrmSchema schema) {
		return ForeignKeyModel.of(schema);
	}

	/**
	 * Renders foreign keys: for each, {@code CREATE INDEX} when an index is wanted, then
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY (...) REFERENCES ... (...)}
	 * with {@code ON DELETE} / {@code ON UPDATE} when the definitions gave them (the
	 * database default is {@code NO ACTION}).
	 * @param foreignKeys the foreign keys, usually from {@link #foreignKeys(OrmSchema)}
	 * @param dialect the database to render for
	 * @return the statements, without trailing semicolons
	 * @throws OrmSchemaException naming the foreign key and the alternatives when it uses
	 * {@code SET_DEFAULT} and the dialect does not enforce it (MariaDB, MySQL)
	 */
	public static List<String> render(List<ForeignKeyDefinition> foreignKeys, Dialect dialect) {
		return new ForeignKeyDdl(dialect).render(foreignKeys);
	}

	/**
	 * Returns the kind of column generated DDL gives a property: by the Java type it
	 * stores (a converted property by its converter's column type), an enum as text.
	 * @param property a column property
	 * @return the column kind, which {@link Dialect#columnType} names per database
	 * @throws OrmSchemaException if no column kind is known for its type
	 */
	public static ColumnType columnType(ModelProperty property) {
		return ColumnTypes.of(property);
	}

	/**
	 * Renders one {@code CREATE TABLE} per model, referenced tables first: columns with
	 * their types for the dialect, {@code NOT NULL}, {@code UNIQUE}, the primary key and
	 * a generated integer key. Foreign keys are never inlined, so tables that reference
	 * each other can be created; add them with {@link #render} afterwards.
	 * @param schema the schema
	 * @param dialect the database to render for
	 * @return the statements, without trailing semicolons
	 * @throws OrmSchemaException if a column's Java type has no known column type
	 */
	public static List<String> createTables(OrmSchema schema, Dialect dialect) {
		return new TableDdl(dialect).createTables(schema);
	}

}
