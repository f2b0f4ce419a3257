package dev.relata.orm.internal.jdbc;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Creates the transaction manager Relata uses when none is given: a
 * {@link JdbcTransactionManager} on the same data source, so Relata's writes join
 * transactions started through it and through Spring's {@code @Transactional} on that
 * data source.
 */
public final class JdbcTransactions {

	private JdbcTransactions() {
	}

	/**
	 * Returns a transaction manager for a data source.
	 * @param dataSource the data source
	 * @return a JDBC transaction manager
	 */
	public static PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}
