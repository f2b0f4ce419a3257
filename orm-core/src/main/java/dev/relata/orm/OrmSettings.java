package dev.relata.orm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.load.LoadSettings;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadStrategy;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link Orm}: immutable, built with
 * {@code Orm.builder(...).settings(s -> ...)}.
 */
public final class OrmSettings {

	private static final int DEFAULT_LAZY_REPEAT_WARNING_THRESHOLD = 10;

	private static final OrmSettings DEFAULTS = new OrmSettings(LoadSettings.DEFAULTS, null,
			DEFAULT_LAZY_REPEAT_WARNING_THRESHOLD);

	private final LoadSettings load;

	private final @Nullable Duration statementTimeout;

	private final int lazyRepeatWarningThreshold;

	private OrmSettings(LoadSettings load, @Nullable Duration statementTimeout, int lazyRepeatWarningThreshold) {
		this.load = load;
		this.statementTimeout = statementTimeout;
		this.lazyRepeatWarningThreshold = lazyRepeatWarningThreshold;
	}

	/**
	 * Returns the default settings.
	 * @return the defaults
	 */
	public static OrmSettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the query timeout applied to every statement, if any. Inside a transaction
	 * with a timeout, Spring's remaining transaction time applies instead.
	 * @return the timeout, or empty for none (the default)
	 */
	public Optional<Duration> statementTimeout() {
		return Optional.ofNullable(this.statementTimeout);
	}

	/**
	 * Returns the strategy of loads that request none.
	 * @return the default strategy (AUTO unless configured)
	 */
	public LoadStrategy defaultStrategy() {
		return this.load.defaultStrategy();
	}

	/**
	 * Returns the parent bound up to which AUTO joins any relation.
	 * @return the threshold (default 9)
	 */
	public int joinMaxParents() {
		return this.load.joinMaxParents();
	}

	/**
	 * Returns the parent bound up to which AUTO joins a many-to-many.
	 * @return the threshold (default 10)
	 */
	public int manyToManyJoinMaxParents() {
		return this.load.manyToManyJoinMaxParents();
	}

	/**
	 * Returns the most parent keys one batched statement sends in an IN list.
	 * @return the maximum (default 1000)
	 */
	public int maxBatchKeys() {
		return this.load.maxBatchKeys();
	}

	/**
	 * Returns whether loads of several statements read one snapshot.
	 * @return the consistency (default NONE)
	 */
	public LoadConsistency consistency() {
		return this.load.consistency();
	}

	/**
	 * Returns how many lazy reads of one relation ({@code related(...)}) in one
	 * transaction (or thread) trigger the warning that suggests {@code load(...)}.
	 * @return the threshold (default 10; 0 turns the warning off)
	 */
	public int lazyRepeatWarningThreshold() {
		return this.lazyRepeatWarningThreshold;
	}

	/**
	 * Returns the relation loading settings as one value.
	 * @return the load settings
	 */
	LoadSettings loadSettings() {
		return this.load;
	}

	Builder toBuilder() {
		return new Builder(this);
	}

	@Override
	public String toString() {
		return "OrmSettings[" + this.load + ", lazyRepeatWarningThreshold=" + this.lazyRepeatWarningThreshold
				+ ", statementTimeout=" + this.statementTimeout + "]";
	}

	/**
	 * Builds {@link OrmSettings}.
	 */
	public static final class Builder {

		private LoadStrategy defaultStrategy;

		private int joinMaxParents;

		private int manyToManyJoinMaxParents;

		private int maxBatchKeys;

		private LoadConsistency consistency;

		private @Nullable Duration statementTimeout;

		private int lazyRepeatWarningThreshold;

		Builder(OrmSettings settings) {
			this.lazyRepeatWarningThreshold = settings.lazyRepeatWarningThreshold;
			this.defaultStrategy = settings.load.defaultStrategy();
			this.joinMaxParents = settings.load.joinMaxParents();
			this.manyToManyJoinMaxParents = settings.load.manyToManyJoinMaxParents();
			this.maxBatchKeys = settings.load.maxBatchKeys();
			this.consistency = settings.load.consistency();
			this.statementTimeout = settings.statementTimeout;
		}

		/**
		 * Sets the strategy of loads that request none.
		 * @param strategy AUTO (the default), JOIN or BATCHED
		 * @return this builder
		 */
		public Builder defaultStrategy(LoadStrategy strategy) {
			this.defaultStrategy = Objects.requireNonNull(strategy, "defaultStrategy");
			return this;
		}

		/**
		 * Sets the parent bound up to which AUTO joins any relation.
		 * @param parents zero or more (default 9)
		 * @return this builder
		 */
		public Builder joinMaxParents(int parents) {
			this.joinMaxParents = nonNegative("joinMaxParents", parents);
			return this;
		}

		/**
		 * Sets the parent bound up to which AUTO joins a many-to-many.
		 * @param parents zero or more (default 10)
		 * @return this builder
		 */
		public Builder manyToManyJoinMaxParents(int parents) {
			this.manyToManyJoinMaxParents = nonNegative("manyToManyJoinMaxParents", parents);
			return this;
		}

		/**
		 * Sets the most parent keys one batched statement sends in an IN list; long IN
		 * lists make some databases (MariaDB) scan whole tables.
		 * @param keys one or more (default 1000)
		 * @return this builder
		 */
		public Builder maxBatchKeys(int keys) {
			if (keys < 1) {
				throw new OrmUsageException("maxBatchKeys must be at least 1, got " + keys);
			}
			this.maxBatchKeys = keys;
			return this;
		}

		/**
		 * Sets whether loads of several statements read one snapshot.
		 * @param consistency NONE (the default) or SNAPSHOT
		 * @return this builder
		 */
		public Builder consistency(LoadConsistency consistency) {
			this.consistency = Objects.requireNonNull(consistency, "consistency");
			return this;
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

		/**
		 * Sets how many lazy reads of one relation in one transaction (or thread) trigger
		 * the warning that suggests {@code load(...)}.
		 * @param reads zero (off) or more (default 10)
		 * @return this builder
		 */
		public Builder lazyRepeatWarningThreshold(int reads) {
			this.lazyRepeatWarningThreshold = nonNegative("lazyRepeatWarningThreshold", reads);
			return this;
		}

		private static int nonNegative(String name, int value) {
			if (value < 0) {
				throw new OrmUsageException(name + " must be zero or more, got " + value);
			}
			return value;
		}

		OrmSettings build() {
			LoadSettings load = new LoadSettings(this.defaultStrategy, this.joinMaxParents,
					this.manyToManyJoinMaxParents, this.maxBatchKeys, this.consistency);
			if (load.equals(DEFAULTS.load) && this.statementTimeout == null
					&& this.lazyRepeatWarningThreshold == DEFAULT_LAZY_REPEAT_WARNING_THRESHOLD) {
				return DEFAULTS;
			}
			return new OrmSettings(load, this.statementTimeout, this.lazyRepeatWarningThreshold);
		}

	}

}
