package dev.relata.orm.boot.flyway;

import dev.relata.orm.migration.ForeignKeyDrift;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a foreign-key drift found in {@code validate} mode: each difference with the
 * DDL that removes it.
 */
class ForeignKeyDriftFailureAnalyzer extends AbstractFailureAnalyzer<ForeignKeyDriftException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ForeignKeyDriftException cause) {
		StringBuilder description = new StringBuilder(
				"The database's foreign keys differ from those the RelationDefinitions declare "
						+ "(relata.orm.flyway.foreign-keys=validate):");
		for (ForeignKeyDrift drift : cause.drift()) {
			description.append(System.lineSeparator()).append("- ").append(drift.description());
			for (String statement : drift.statements()) {
				description.append(System.lineSeparator()).append("    ").append(statement).append(';');
			}
		}
		String action = "Add a migration with the DDL above (or run with relata.orm.flyway.foreign-keys=apply, "
				+ "which lets Relata's repeatable Flyway migration bring the foreign keys to the declared ones), "
				+ "or change the relation definitions to match the database.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
