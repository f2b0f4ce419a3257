package dev.relata.orm.boot.actuate;

import java.util.List;
import java.util.Locale;

import dev.relata.orm.boot.verify.RelationVerification;
import dev.relata.orm.verify.VerificationFinding;
import dev.relata.orm.verify.VerificationReport;
import org.jspecify.annotations.Nullable;

/**
 * What the relation verifier found at startup, as the {@code orm} endpoint shows it.
 *
 * @param mode {@code off}, {@code warn} or {@code fail}; {@code off} also when the
 * verification is not configured
 * @param database the verified database, or {@code null} when nothing was verified
 * @param findings the findings, each with the DDL that fixes it
 */
public record VerificationDescriptor(String mode, @Nullable String database, List<FindingDescriptor> findings) {

	static VerificationDescriptor of(@Nullable RelationVerification verification) {
		if (verification == null) {
			return new VerificationDescriptor("off", null, List.of());
		}
		String mode = verification.mode().name().toLowerCase(Locale.ROOT);
		VerificationReport report = verification.report().orElse(null);
		if (report == null) {
			return new VerificationDescriptor(mode, null, List.of());
		}
		return new VerificationDescriptor(mode, report.database(),
				report.findings().stream().map(FindingDescriptor::of).toList());
	}

	/**
	 * One finding.
	 *
	 * @param kind what it is about, such as {@code MISSING_FOREIGN_KEY}
	 * @param model the model
	 * @param relation the relation, or {@code null}
	 * @param table the table
	 * @param column the column, or {@code null}
	 * @param problem what is wrong
	 * @param fix the DDL that fixes it, or {@code null}
	 */
	public record FindingDescriptor(String kind, String model, @Nullable String relation, String table,
			@Nullable String column, String problem, @Nullable String fix) {

		static FindingDescriptor of(VerificationFinding finding) {
			return new FindingDescriptor(finding.kind().name(), finding.model(), finding.relation(), finding.table(),
					finding.column(), finding.problem(), finding.fix());
		}

	}

}
