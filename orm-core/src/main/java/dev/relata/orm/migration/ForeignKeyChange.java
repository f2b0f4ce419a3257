package dev.relata.orm.migration;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link ForeignKeyPlan}: the statements that fix one difference of one
 * constraint, and what the bookkeeping table must then say.
 *
 * @param drift the difference, whose statements are {@code statements} then the
 * validation's
 * @param statements the statements to run first, in order
 * @param validation how a key added {@code NOT VALID} is validated, or {@code null}
 * @param bookkeeping what to do with {@code row} once the statements ran
 * @param row the constraint concerned, as its bookkeeping row names it
 */
record ForeignKeyChange(ForeignKeyDrift drift, List<String> statements, @Nullable Validation validation,
		Bookkeeping bookkeeping, ManagedForeignKey row) {

	ForeignKeyChange {
		statements = List.copyOf(statements);
	}

	/**
	 * A change of the constraint a bookkeeping row names.
	 */
	static ForeignKeyChange of(ForeignKeyDrift.Difference difference, ManagedForeignKey row, String description,
			List<String> statements, @Nullable Validation validation, Bookkeeping bookkeeping) {
		List<String> all = new ArrayList<>(statements);
		if (validation != null) {
			all.add(validation.statement());
		}
		return new ForeignKeyChange(
				new ForeignKeyDrift(row.constraintName(), row.tableName(), difference, description, all), statements,
				validation, bookkeeping, row);
	}

	/**
	 * The {@code VALIDATE CONSTRAINT} of a key added {@code NOT VALID}, and the statement
	 * that drops the key again when validation fails.
	 *
	 * @param statement the validation
	 * @param undo the drop
	 */
	record Validation(String statement, String undo) {
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
