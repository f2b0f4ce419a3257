package dev.relata.orm.migration;

import java.sql.Connection;
import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;

import org.springframework.dao.DataAccessException;

/**
 * The foreign keys a schema's relations imply, as a migration: {@link #apply} brings a
 * database to them (adding missing keys and their declared indexes, replacing keys whose
 * definition differs, dropping keys it created that are no longer declared) and
 * {@link #drift} tells, read-only, what it would change. It keeps the names of the
 * constraints it creates in a table {@code relata_foreign_keys} of the connection's
 * current schema, so it never drops a constraint it did not create. Thread-safe; create
 * it once per schema.
 *
 * <pre class="code">
 * ForeignKeyMigration migration = ForeignKeyMigration.of(schema);
 * try (Connection connection = dataSource.getConnection()) {
 *     ForeignKeyMigrationResult result = migration.apply(connection);
 * }
 * </pre>
 */
public interface ForeignKeyMigration {

	/**
	 * Returns the migration of a schema's foreign keys.
	 * @param schema the schema
	 * @return the migration
	 * @throws OrmSchemaException if the foreign keys cannot be named (a given constraint
	 * name too long or given twice)
	 */
	static ForeignKeyMigration of(OrmSchema schema) {
		return new DefaultForeignKeyMigration(schema);
	}

	/**
	 * Returns the declared state as DDL: {@code OrmDdl.render(OrmDdl.foreignKeys(schema),
	 * dialect)}, each index before its constraint.
	 * @param dialect the database
	 * @return the statements, without trailing semicolons
	 * @throws OrmSchemaException if a key uses {@code SET_DEFAULT} and the dialect does
	 * not enforce it
	 */
	List<String> declaredStatements(Dialect dialect);

	/**
	 * Returns the CRC32 of the {@link #declaredStatements} with their whitespace
	 * normalised: it changes when, and only when, the declared foreign keys change for
	 * that database, as a repeatable Flyway migration's checksum must.
	 * @param dialect the database
	 * @return the checksum
	 * @throws OrmSchemaException as {@link #declaredStatements} does
	 */
	int checksum(Dialect dialect);

	/**
	 * Brings the database to the declared foreign keys. The dialect is detected from the
	 * connection's metadata. Each statement runs on its own, in the connection's
	 * auto-commit mode (which is left as it is): in auto-commit, as Flyway runs a
	 * migration that cannot run in a transaction, each is committed by itself, and on
	 * PostgreSQL a key is added {@code NOT VALID} and validated by a second statement
	 * that does not block writes (if validation fails, the key is dropped again). A
	 * declared key that exists under another name with equal columns, referenced columns
	 * and actions counts as present. Running it again changes nothing.
	 * @param connection the connection; never closed or committed here
	 * @return what was added, replaced and dropped, and the statements run
	 * @throws DataAccessException naming the foreign key and the statement when a
	 * statement fails (for example {@code DataIntegrityViolationException} when existing
	 * rows violate a new key); statements run before it stay applied in auto-commit
	 * @throws dev.relata.orm.exception.OrmUsageException if the database is not supported
	 * @throws OrmSchemaException if a key uses {@code SET_DEFAULT} where it is not
	 * enforced
	 */
	ForeignKeyMigrationResult apply(Connection connection);

	/**
	 * Tells what {@link #apply} would change, without changing anything (nor creating the
	 * bookkeeping table).
	 * @param connection the connection; never closed here
	 * @return the differences with the statements that fix them, in the order apply would
	 * run them; empty when the database has the declared foreign keys
	 * @throws DataAccessException if the catalog cannot be read
	 */
	List<ForeignKeyDrift> drift(Connection connection);

}
