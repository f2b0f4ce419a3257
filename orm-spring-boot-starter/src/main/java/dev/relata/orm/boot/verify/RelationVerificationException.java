package dev.relata.orm.boot.verify;

import dev.relata.orm.verify.VerificationReport;

/**
 * Thrown at startup with {@code relata.orm.verify.mode=fail} when the database differs
 * from what the schema needs.
 */
public final class RelationVerificationException extends RuntimeException {

	private final VerificationReport report;

	RelationVerificationException(VerificationReport report) {
		super("The database differs from what Relata's relations need: " + report.findings().size() + " finding(s)");
		this.report = report;
	}

	/**
	 * Returns the verifier's report.
	 * @return the report, with at least one finding
	 */
	public VerificationReport report() {
		return this.report;
	}

}
