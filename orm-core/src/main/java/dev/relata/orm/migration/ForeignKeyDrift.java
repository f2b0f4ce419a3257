package dev.relata.orm.migration;

import java.util.List;
import java.util.Objects;

import dev.relata.orm.ddl.TableName;

/**
 * One way the database's foreign keys differ from the declared ones.
 *
 * @param constraintName the constraint's name: the declared one, or the managed
 * constraint's that is no longer declared
 * @param table the table holding it, as the schema names it
 * @param difference what differs
 * @param description what differs, in one sentence
 * @param statements the DDL that {@link ForeignKeyMigration#apply} runs to fix it on the
 * examined database, without trailing semicolons
 */
public record ForeignKeyDrift(String constraintName, TableName table, Difference difference, String description,
		List<String> statements) {

	/**
	 * Checks the components and copies the statements.
	 */
	public ForeignKeyDrift {
		Objects.requireNonNull(constraintName, "constraintName");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(difference, "difference");
		Objects.requireNonNull(description, "description");
		statements = List.copyOf(statements);
	}

	/**
	 * What differs.
	 */
	public enum Difference {

		/**
		 * No constraint links the declared columns to the referenced key: it is added
		 * (its declared index first, when missing).
		 */
		MISSING,

		/**
		 * The constraint of the declared name has other actions, columns or referenced
		 * table: it is dropped and added again.
		 */
		DIFFERENT_DEFINITION,

		/**
		 * A constraint the migration created is no longer declared: it is dropped (its
		 * index stays).
		 */
		UNDECLARED_BUT_MANAGED,

		/**
		 * The key exists, but no index starts with its columns although one is declared:
		 * the index is created.
		 */
		MISSING_INDEX

	}

}
