package dev.relata.orm.boot.verify;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a failed relation verification: every finding with the DDL that fixes it.
 */
class RelationVerificationFailureAnalyzer extends AbstractFailureAnalyzer<RelationVerificationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RelationVerificationException cause) {
		String description = "The database does not match what Relata's relations need "
				+ "(relata.orm.verify.mode=fail). " + cause.report().describe();
		String action = "Apply the DDL of each finding in a migration (with Flyway, in a new versioned migration), "
				+ "or change the models and relations; set relata.orm.verify.mode=warn to start anyway and log the "
				+ "findings instead.";
		return new FailureAnalysis(description, action, cause);
	}

}
