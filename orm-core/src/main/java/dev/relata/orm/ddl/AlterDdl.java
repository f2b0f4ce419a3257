package dev.relata.orm.ddl;

import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Single DDL statements that change an existing database one step towards the schema,
 * rendered for one dialect: the fixes the relation verifier suggests and the statements
 * the foreign-key migration runs. Names are folded and quoted as {@link OrmDdl} does, so
 * they match tables created with unquoted DDL; statements come without trailing
 * semicolons. Immutable and thread-safe.
 */
public interface AlterDdl {

	/**
	 * Returns the statements of one dialect.
	 * @param dialect the database to render for
	 * @return the renderer
	 */
	static AlterDdl of(Dialect dialect) {
		return new DialectAlterDdl(dialect);
	}

	/**
	 * The {@code CREATE TABLE} of one model, as {@link OrmDdl#createTables} writes it.
	 * @param model the model
	 * @return the statement
	 * @throws OrmSchemaException if a column's Java type has no known column type
	 */
	String createTable(EntityModel<?> model);

	/**
	 * {@code ALTER TABLE t ADD COLUMN c type [NOT NULL]}: the column as
	 * {@code CREATE TABLE} would have it. A {@code NOT NULL} column can only be added
	 * this way to an empty table.
	 * @param model the model whose table lacks the column
	 * @param property the column property
	 * @return the statement
	 */
	String addColumn(EntityModel<?> model, ModelProperty property);

	/**
	 * Changes a column to the type {@code CREATE TABLE} would give it:
	 * {@code ALTER COLUMN c SET DATA TYPE t} (with {@code USING CAST(c AS t)} where
	 * {@link Dialect#supportsAlterColumnTypeUsing() supported}), or
	 * {@code MODIFY COLUMN c t [NOT NULL]} where columns are
	 * {@link Dialect#altersColumnsByRedefinition() redefined}.
	 * @param model the model
	 * @param property the column property
	 * @return the statement
	 */
	String changeColumnType(EntityModel<?> model, ModelProperty property);

	/**
	 * Makes a column accept NULL or not: {@code ALTER COLUMN c SET NOT NULL} /
	 * {@code DROP NOT NULL}, or {@code MODIFY COLUMN c t [NOT] NULL} where columns are
	 * redefined (which also gives the column the type {@code CREATE TABLE} would).
	 * @param model the model
	 * @param property the column property
	 * @param nullable whether the column should accept NULL
	 * @return the statement
	 */
	String changeColumnNullability(EntityModel<?> model, ModelProperty property, boolean nullable);

	/**
	 * {@code CREATE INDEX} named {@code ix_} + table + {@code _} + the columns joined by
	 * {@code _}, cut to {@value OrmDdl#MAX_NAME_BYTES} bytes as
	 * {@link OrmDdl#foreignKeys} cuts names.
	 * @param table the table
	 * @param columns the columns, leading column first
	 * @return the statement
	 */
	String createIndex(TableName table, List<String> columns);

	/**
	 * {@code CREATE UNIQUE INDEX} named {@code ux_} + table + {@code _} + the columns
	 * joined by {@code _}.
	 * @param table the table
	 * @param columns the columns
	 * @return the statement
	 */
	String createUniqueIndex(TableName table, List<String> columns);

	/**
	 * The index on a foreign key's columns: under its declared
	 * {@link ForeignKeyDefinition#indexName() index name}, else as
	 * {@link #createIndex(TableName, List)} names it.
	 * @param foreignKey the foreign key
	 * @return the statement
	 */
	String createIndex(ForeignKeyDefinition foreignKey);

	/**
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}, as {@link OrmDdl#render}
	 * writes it.
	 * @param foreignKey the foreign key
	 * @return the statement
	 * @throws OrmSchemaException if it uses {@code SET_DEFAULT} and the dialect does not
	 * enforce it
	 */
	String addForeignKey(ForeignKeyDefinition foreignKey);

	/**
	 * {@link #addForeignKey} followed by {@code NOT VALID}: the constraint guards new
	 * writes at once, existing rows are checked by {@link #validateForeignKey}.
	 * @param foreignKey the foreign key
	 * @return the statement
	 * @throws IllegalStateException if the dialect does not
	 * {@link Dialect#supportsNotValidForeignKeys() support} it
	 */
	String addForeignKeyNotValid(ForeignKeyDefinition foreignKey);

	/**
	 * {@code ALTER TABLE t VALIDATE CONSTRAINT c}: checks the existing rows of a
	 * constraint added {@code NOT VALID}, without blocking writes.
	 * @param foreignKey the foreign key
	 * @return the statement
	 * @throws IllegalStateException if the dialect does not
	 * {@link Dialect#supportsNotValidForeignKeys() support} it
	 */
	String validateForeignKey(ForeignKeyDefinition foreignKey);

	/**
	 * Drops a foreign key: {@code ALTER TABLE t DROP CONSTRAINT c}, or
	 * {@code DROP FOREIGN KEY c} where the dialect says so.
	 * @param table the table holding it
	 * @param storedName the constraint name as the database stores it: quoted as is,
	 * never folded
	 * @return the statement
	 */
	String dropForeignKey(TableName table, String storedName);

}
