package dev.relata.orm.boot.flyway;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains Flyway's validation failure after {@code relata.orm.flyway.foreign-keys} was
 * changed from {@code apply} to {@code validate} or {@code off}: the history still has a
 * row of Relata's migration, which is no longer contributed. Reads the failure by class
 * name, so that it loads without Flyway.
 */
class RetiredForeignKeysMigrationFailureAnalyzer implements FailureAnalyzer {

	private static final String VALIDATE_EXCEPTION = "org.flywaydb.core.api.exception.FlywayValidateException";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (VALIDATE_EXCEPTION.equals(cause.getClass().getName()) && message != null
					&& message.contains("not resolved locally: " + ForeignKeysJavaMigration.DESCRIPTION)) {
				return analysis(cause);
			}
		}
		return null;
	}

	private static FailureAnalysis analysis(Throwable cause) {
		String description = "Flyway's history has a row of Relata's foreign-key migration ('"
				+ ForeignKeysJavaMigration.DESCRIPTION + "'), which Relata no longer contributes because "
				+ "relata.orm.flyway.foreign-keys is not 'apply'; Flyway's validation fails on an applied migration "
				+ "it cannot find.";
		String action = "Tell Flyway to ignore missing migrations with spring.flyway.ignore-migration-patterns=*:missing, "
				+ "or mark the row deleted with Flyway's repair, or set relata.orm.flyway.foreign-keys=apply again.";
		return new FailureAnalysis(description, action, cause);
	}

}
