package dev.relata.orm.migration;

import java.util.List;

/**
 * What {@link ForeignKeyMigration#apply} changed.
 *
 * @param added the constraints added
 * @param replaced the constraints dropped and added again with the declared definition
 * @param dropped the constraints it had created that are no longer declared
 * @param indexed the constraints whose declared index was created on its own (indexes
 * created with an added or replaced constraint are not listed here)
 * @param statements every statement run, in order, bookkeeping included (its values as
 * {@code ?} binds)
 */
public record ForeignKeyMigrationResult(List<String> added, List<String> replaced, List<String> dropped,
		List<String> indexed, List<String> statements) {

	/**
	 * Copies the lists.
	 */
	public ForeignKeyMigrationResult {
		added = List.copyOf(added);
		replaced = List.copyOf(replaced);
		dropped = List.copyOf(dropped);
		indexed = List.copyOf(indexed);
		statements = List.copyOf(statements);
	}

	/**
	 * Tells whether anything ran.
	 * @return {@code true} when at least one statement ran
	 */
	public boolean changed() {
		return !this.statements.isEmpty();
	}

}
