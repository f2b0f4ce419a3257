package dev.relata.orm.benchmarks;

import javax.sql.DataSource;

import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;

/**
 * The contenders of a run, by the name the benchmark's {@code contender} parameter and
 * the smoke check use.
 */
public enum ContenderKind {

	/**
	 * Hand-written JDBC: the baseline every ratio is relative to.
	 */
	JDBC(JdbcContender::new),

	/**
	 * Relata with every relation {@code LoadOptions.join()} (the nested scenario's second
	 * level BATCHED, as first measured; {@code CHINOOK_CHAIN} joins its whole chain).
	 */
	RELATA_JOIN((database, dataSource) -> new RelataContender(database, dataSource, LoadOptions.join(),
			LoadOptions.batched(), LoadConsistency.NONE)),

	/**
	 * Relata with every relation {@code LoadOptions.batched()}.
	 */
	RELATA_BATCHED((database, dataSource) -> new RelataContender(database, dataSource, LoadOptions.batched(),
			LoadOptions.batched(), LoadConsistency.NONE)),

	/**
	 * Relata's default: AUTO, consistency NONE.
	 */
	RELATA_AUTO((database, dataSource) -> new RelataContender(database, dataSource, LoadOptions.defaults(),
			LoadOptions.defaults(), LoadConsistency.NONE)),

	/**
	 * AUTO with {@code LoadConsistency.SNAPSHOT}: a load of several statements runs in
	 * one read-only REPEATABLE READ transaction.
	 */
	RELATA_AUTO_SNAPSHOT((database, dataSource) -> new RelataContender(database, dataSource, LoadOptions.defaults(),
			LoadOptions.defaults(), LoadConsistency.SNAPSHOT)),

	/**
	 * The naive loop: the parents, then one Relata query per parent through
	 * {@code related(...)}.
	 */
	RELATA_N_PLUS_ONE(NPlusOneContender::new),

	/**
	 * Hibernate ORM 7 without Spring: a fresh read-only session per operation, JOIN FETCH
	 * or batch fetching per scenario, a native window-function query for top-3 (see
	 * {@code HibernateContender}).
	 */
	HIBERNATE(HibernateContender::new),

	/**
	 * jOOQ 3.19 without code generation: one statement per operation, {@code MULTISET}
	 * for the to-many levels, a plain join for the to-one (see {@code JooqContender}).
	 */
	JOOQ(JooqContender::new);

	private final Factory factory;

	ContenderKind(Factory factory) {
		this.factory = factory;
	}

	/**
	 * Creates the contender on a shared pool.
	 * @param database the database
	 * @param dataSource the pool, shared by every contender
	 * @return the contender
	 */
	public Contender create(BenchmarkDatabase database, DataSource dataSource) {
		return this.factory.create(database, dataSource);
	}

	@FunctionalInterface
	private interface Factory {

		Contender create(BenchmarkDatabase database, DataSource dataSource);

	}

}
