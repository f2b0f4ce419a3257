package dev.relata.orm.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Told about every statement Relata runs, before and after it runs, on the calling
 * thread. For tests (count and shape of statements) and diagnostics; keep implementations
 * fast.
 */
public interface StatementListener {

	/**
	 * Called before a statement runs.
	 * @param statement the statement
	 */
	default void beforeStatement(ExecutedStatement statement) {
	}

	/**
	 * Called after a statement ran or failed.
	 * @param statement the statement
	 * @param failure the translated failure, or {@code null} when it succeeded
	 */
	default void afterStatement(ExecutedStatement statement, @Nullable RuntimeException failure) {
	}

}
