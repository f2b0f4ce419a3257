package dev.relata.orm.verify;

import java.util.List;
import java.util.Objects;

/**
 * What {@link RelationVerifier#verify} found: every finding at once, in a fixed order
 * (tables and columns model by model, then foreign keys in the schema's order, then join
 * models).
 *
 * @param database the verified database's dialect name, such as {@code PostgreSQL}
 * @param findings the findings, empty when the database matches the schema
 */
public record VerificationReport(String database, List<VerificationFinding> findings) {

	/**
	 * Checks the components and copies the findings.
	 */
	public VerificationReport {
		Objects.requireNonNull(database, "database");
		findings = List.copyOf(findings);
	}

	/**
	 * Tells whether nothing was found.
	 * @return {@code true} when there are no findings
	 */
	public boolean isClean() {
		return this.findings.isEmpty();
	}

	/**
	 * Describes the report for logs and failure analyses: a summary line, then one block
	 * per finding ({@link VerificationFinding#describe()}) separated by blank lines.
	 * @return several lines, without a trailing line break
	 */
	public String describe() {
		if (isClean()) {
			return "Relata relation verifier: the " + this.database + " database matches the schema";
		}
		StringBuilder text = new StringBuilder("Relata relation verifier: ").append(this.findings.size())
			.append((this.findings.size() == 1) ? " finding" : " findings")
			.append(" on ")
			.append(this.database);
		for (int i = 0; i < this.findings.size(); i++) {
			text.append("\n\n").append(i + 1).append(". ").append(this.findings.get(i).describe());
		}
		return text.toString();
	}

}
