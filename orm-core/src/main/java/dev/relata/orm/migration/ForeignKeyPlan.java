package dev.relata.orm.migration;

import java.util.List;

/**
 * What the migration would do to a database, as plain data: the changes in the order they
 * run (drops of undeclared managed keys first, then the declared keys in the schema's
 * order), and the bookkeeping rows of managed constraints that no longer exist, to forget
 * without any DDL.
 *
 * @param changes the changes
 * @param forgotten the bookkeeping rows to delete
 */
record ForeignKeyPlan(List<ForeignKeyChange> changes, List<ManagedForeignKey> forgotten) {

	ForeignKeyPlan {
		changes = List.copyOf(changes);
		forgotten = List.copyOf(forgotten);
	}

	/**
	 * The differences, as {@link ForeignKeyMigration#drift} reports them.
	 */
	List<ForeignKeyDrift> drift() {
		return this.changes.stream().map(ForeignKeyChange::drift).toList();
	}

}
