package dev.relata.orm.migration;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.ddl.TableName;
import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link ForeignKeyPlan}: the statements that fix one difference, and what
 * the bookkeeping table must then say.
 *
 * @param drift the difference, whose statements are {@code statements} then
 * {@code validation}
 * @param statements the statements to run first, in order
 * @param validation the {@code VALIDATE CONSTRAINT} of a key added {@code NOT VALID}, or
 * {@code null}
 * @param undo the statement that drops that key again when its validation fails, or
 * {@code null}
 * @param bookkeeping what to do with {@code row} once the statements ran
 * @param row the bookkeeping row concerned
 */
record ForeignKeyChange(ForeignKeyDrift drift, List<String> statements, @Nullable String validation,
		@Nullable String undo, Bookkeeping bookkeeping, ManagedForeignKey row) {

	ForeignKeyChange {
		statements = List.copyOf(statements);
	}

	static ForeignKeyChange of(ForeignKeyDrift.Difference difference, String constraintName, TableName table,
			String description, List<String> statements, @Nullable String validation, @Nullable String undo,
			Bookkeeping bookkeeping, ManagedForeignKey row) {
		List<String> all = new ArrayList<>(statements);
		if (validation != null) {
			all.add(validation);
		}
		return new ForeignKeyChange(new ForeignKeyDrift(constraintName, table, difference, description, all),
				statements, validation, undo, bookkeeping, row);
	}

	/**
	 * What a change does to the bookkeeping table.
	 */
	enum Bookkeeping {

		/** Nothing: the constraint is not the migration's, or already recorded. */
		NONE,

		/** Insert the row: the migration created the constraint. */
		RECORD,

		/** Delete the row: the migration dropped the constraint. */
		FORGET

	}

}
