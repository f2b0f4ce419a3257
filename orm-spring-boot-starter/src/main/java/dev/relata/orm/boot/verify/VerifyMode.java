package dev.relata.orm.boot.verify;

/**
 * What the relation verifier does at startup ({@code relata.orm.verify.mode}).
 */
public enum VerifyMode {

	/**
	 * Do not verify.
	 */
	OFF,

	/**
	 * Log each finding once, as a warning.
	 */
	WARN,

	/**
	 * Fail startup with a failure analysis listing every finding.
	 */
	FAIL

}
