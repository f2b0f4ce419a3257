package dev.relata.orm.boot.verify;

import java.util.Optional;

import javax.sql.DataSource;

import dev.relata.orm.verify.RelationVerifier;
import dev.relata.orm.verify.VerificationFinding;
import dev.relata.orm.verify.VerificationReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the relation verifier once at startup, after the database is migrated, and keeps
 * its report for the actuator: with {@code relata.orm.verify.mode=warn} each finding is
 * logged once as a warning, with {@code fail} startup fails listing them all, with
 * {@code off} nothing runs.
 */
public final class RelationVerification implements InitializingBean {

	private static final Log logger = LogFactory.getLog(RelationVerification.class);

	private final RelationVerifier verifier;

	private final DataSource dataSource;

	private final VerifyMode mode;

	private volatile @Nullable VerificationReport report;

	/**
	 * Creates the verification.
	 * @param verifier the verifier of the application's schema
	 * @param dataSource the database to verify
	 * @param mode what to do with the findings
	 */
	public RelationVerification(RelationVerifier verifier, DataSource dataSource, VerifyMode mode) {
		this.verifier = verifier;
		this.dataSource = dataSource;
		this.mode = mode;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.mode == VerifyMode.OFF) {
			return;
		}
		VerificationReport report = this.verifier.verify(this.dataSource);
		this.report = report;
		if (report.isClean()) {
			logger.debug(report.describe());
		}
		else if (this.mode == VerifyMode.FAIL) {
			throw new RelationVerificationException(report);
		}
		else {
			for (VerificationFinding finding : report.findings()) {
				logger.warn("Relata relation verifier: " + finding.describe());
			}
		}
	}

	/**
	 * Returns what the verifier should do at startup.
	 * @return the mode
	 */
	public VerifyMode mode() {
		return this.mode;
	}

	/**
	 * Returns the report of the startup verification.
	 * @return the report, or empty when the mode is {@code off}
	 */
	public Optional<VerificationReport> report() {
		return Optional.ofNullable(this.report);
	}

}
