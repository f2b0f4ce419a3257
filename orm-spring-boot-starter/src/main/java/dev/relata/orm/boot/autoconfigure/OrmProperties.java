package dev.relata.orm.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.boot.flyway.ForeignKeysMode;
import dev.relata.orm.boot.verify.VerifyMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Relata in a Spring Boot application, bound from {@code relata.orm.*}.
 */
@ConfigurationProperties("relata.orm")
public class OrmProperties {

	/**
	 * Packages scanned for models (classes annotated with @Table). When empty, the
	 * packages of @OrmModelScan, or else the application's auto-configuration packages
	 * (those of the @SpringBootApplication class), are scanned.
	 */
	private List<String> modelPackages = new ArrayList<>();

	/**
	 * Query timeout of every statement Relata runs, rounded up to whole seconds. Inside a
	 * transaction with a timeout, the transaction's remaining time applies instead.
	 */
	private @Nullable Duration statementTimeout;

	private final Load load = new Load();

	private final Lazy lazy = new Lazy();

	private final Flyway flyway = new Flyway();

	private final Verify verify = new Verify();

	public List<String> getModelPackages() {
		return this.modelPackages;
	}

	public void setModelPackages(List<String> modelPackages) {
		this.modelPackages = modelPackages;
	}

	public @Nullable Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(@Nullable Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public Load getLoad() {
		return this.load;
	}

	public Lazy getLazy() {
		return this.lazy;
	}

	public Flyway getFlyway() {
		return this.flyway;
	}

	public Verify getVerify() {
		return this.verify;
	}

	/**
	 * Relation loading settings.
	 */
	public static class Load {

		/**
		 * Strategy of relation loads that do not choose one.
		 */
		private LoadStrategy defaultStrategy = LoadStrategy.AUTO;

		/**
		 * Maximum number of parents for which the AUTO strategy joins a relation into its
		 * parent's statement instead of batching it.
		 */
		private int joinMaxParents = 9;

		/**
		 * Maximum number of parents for which the AUTO strategy joins a many-to-many
		 * relation.
		 */
		private int manyToManyJoinMaxParents = 10;

		/**
		 * Maximum number of parent keys one batched statement sends in an IN list; larger
		 * key sets are sent in chunks.
		 */
		private int maxBatchKeys = 1000;

		/**
		 * Consistency of loads of several statements outside a transaction: 'snapshot'
		 * reads them all from one snapshot of the database.
		 */
		private LoadConsistency consistency = LoadConsistency.NONE;

		public LoadStrategy getDefaultStrategy() {
			return this.defaultStrategy;
		}

		public void setDefaultStrategy(LoadStrategy defaultStrategy) {
			this.defaultStrategy = defaultStrategy;
		}

		public int getJoinMaxParents() {
			return this.joinMaxParents;
		}

		public void setJoinMaxParents(int joinMaxParents) {
			this.joinMaxParents = joinMaxParents;
		}

		public int getManyToManyJoinMaxParents() {
			return this.manyToManyJoinMaxParents;
		}

		public void setManyToManyJoinMaxParents(int manyToManyJoinMaxParents) {
			this.manyToManyJoinMaxParents = manyToManyJoinMaxParents;
		}

		public int getMaxBatchKeys() {
			return this.maxBatchKeys;
		}

		public void setMaxBatchKeys(int maxBatchKeys) {
			this.maxBatchKeys = maxBatchKeys;
		}

		public LoadConsistency getConsistency() {
			return this.consistency;
		}

		public void setConsistency(LoadConsistency consistency) {
			this.consistency = consistency;
		}

	}

	/**
	 * Lazy reads through {@code related(...)}.
	 */
	public static class Lazy {

		/**
		 * Number of lazy reads of one relation in one transaction (or thread) after which
		 * Relata logs a warning suggesting load(...) and counts
		 * orm.relation.lazy.repeated; 0 turns the warning off.
		 */
		private int repeatWarningThreshold = 10;

		public int getRepeatWarningThreshold() {
			return this.repeatWarningThreshold;
		}

		public void setRepeatWarningThreshold(int repeatWarningThreshold) {
			this.repeatWarningThreshold = repeatWarningThreshold;
		}

	}

	/**
	 * The foreign keys Relata contributes to Flyway.
	 */
	public static class Flyway {

		/**
		 * What Relata does with the foreign keys its relations declare when Flyway
		 * migrates: apply them in a repeatable migration, validate that the database has
		 * them (failing startup on drift), or nothing.
		 */
		private ForeignKeysMode foreignKeys = ForeignKeysMode.APPLY;

		public ForeignKeysMode getForeignKeys() {
			return this.foreignKeys;
		}

		public void setForeignKeys(ForeignKeysMode foreignKeys) {
			this.foreignKeys = foreignKeys;
		}

	}

	/**
	 * The relation verifier, which checks the database against the schema at startup.
	 */
	public static class Verify {

		/**
		 * What the relation verifier does at startup: nothing, log each finding as a
		 * warning, or fail startup listing the findings.
		 */
		private VerifyMode mode = VerifyMode.WARN;

		public VerifyMode getMode() {
			return this.mode;
		}

		public void setMode(VerifyMode mode) {
			this.mode = mode;
		}

	}

}
