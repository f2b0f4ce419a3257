package dev.relata.orm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.relata.orm.exception.OrmUsageException;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link Orm}: immutable, built with
 * {@code Orm.builder(...).settings(s -> ...)}. Relation loading settings arrive with
 * relation loading.
 */
public final class OrmSettings {

	private static final OrmSettings DEFAULTS = new OrmSettings(null);

	private final @Nullable Duration statementTimeout;

	private OrmSettings(@Nullable Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	/**
	 * Returns the default settings.
	 * @return the defaults
	 */
	public static OrmSettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the query timeout applied to every statement, if any. A transaction's own
	 * timeout, when shorter, wins.
	 * @return the timeout, or empty for none (the default)
	 */
	public Optional<Duration> statementTimeout() {
		return Optional.ofNullable(this.statementTimeout);
	}

	Builder toBuilder() {
		return new Builder(this);
	}

	@Override
	public String toString() {
		return "OrmSettings[statementTimeout=" + this.statementTimeout + "]";
	}

	/**
	 * Builds {@link OrmSettings}.
	 */
	public static final class Builder {

		private @Nullable Duration statementTimeout;

		Builder(OrmSettings settings) {
			this.statementTimeout = settings.statementTimeout;
		}

		/**
		 * Sets the query timeout of every statement; JDBC counts it in whole seconds (at
		 * least 1).
		 * @param timeout a positive duration, or {@code null} for none
		 * @return this builder
		 */
		public Builder statementTimeout(@Nullable Duration timeout) {
			if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
				throw new OrmUsageException("statementTimeout must be positive, got " + timeout);
			}
			this.statementTimeout = timeout;
			return this;
		}

		OrmSettings build() {
			return Objects.equals(this.statementTimeout, DEFAULTS.statementTimeout) ? DEFAULTS
					: new OrmSettings(this.statementTimeout);
		}

	}

}
