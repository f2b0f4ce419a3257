package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.relata.orm.sql.dialect.IsolationLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place Relata uses Spring's transaction support: write calls run in a
 * transaction (REQUIRED, so a caller's transaction is joined), a {@code SNAPSHOT} load
 * runs in one read-only transaction at the dialect's snapshot isolation, and per-
 * transaction state is bound to the current transaction. The loaders and writers call
 * these methods and import nothing of Spring. When the work fails and the rollback fails
 * too, the work's exception is thrown with the rollback failure suppressed onto it
 * ({@link CauseKeepingTransactionTemplate}).
 */
public final class JdbcTransactions {

	private final PlatformTransactionManager manager;

	private final TransactionTemplate required;

	/**
	 * Creates the transactions of one {@code Orm}.
	 * @param manager the transaction manager of the Orm's DataSource
	 */
	public JdbcTransactions(PlatformTransactionManager manager) {
		this.manager = manager;
		this.required = new CauseKeepingTransactionTemplate(manager);
	}

	/**
	 * Creates the transaction manager Relata uses when none is given: a
	 * {@link JdbcTransactionManager} on the same data source, so Relata's writes join
	 * transactions started through it and through Spring's {@code @Transactional} on that
	 * data source.
	 * @param dataSource the DataSource
	 * @return a JDBC transaction manager
	 */
	public static PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	/**
	 * Runs work in a transaction, joining the caller's if there is one.
	 * @param <T> the result type
	 * @param work the work
	 * @return the work's result
	 */
	public <T> @Nullable T execute(Supplier<T> work) {
		return this.required.execute((status) -> work.get());
	}

	/**
	 * Runs work without a result in a transaction, joining the caller's if there is one.
	 * @param work the work
	 */
	public void executeWithoutResult(Runnable work) {
		this.required.executeWithoutResult((status) -> work.run());
	}

	/**
	 * Runs work in a new read-only transaction at an isolation level.
	 * @param <T> the result type
	 * @param isolation the isolation level
	 * @param work the work
	 * @return the work's result
	 */
	public <T> @Nullable T readOnly(IsolationLevel isolation, Supplier<T> work) {
		TransactionTemplate snapshot = new CauseKeepingTransactionTemplate(this.manager);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(jdbcLevel(isolation));
		return snapshot.execute((status) -> work.get());
	}

	/**
	 * Tells whether the current thread runs in an actual transaction.
	 * @return whether a transaction is active
	 */
	public static boolean active() {
		return TransactionSynchronizationManager.isActualTransactionActive();
	}

	/**
	 * Tells whether transaction synchronization is active on the current thread, so state
	 * can be bound to the transaction.
	 * @return whether synchronization is active
	 */
	public static boolean synchronizationActive() {
		return TransactionSynchronizationManager.isSynchronizationActive();
	}

	/**
	 * Returns the value bound to the current transaction under a key, binding a fresh one
	 * until the transaction completes when there is none. Call only while
	 * {@link #synchronizationActive()}.
	 * @param <V> the value type
	 * @param key the key
	 * @param fresh creates the value
	 * @return the bound value
	 */
	@SuppressWarnings("unchecked")
	public static <V> V boundToTransaction(Object key, Supplier<V> fresh) {
		Object bound = TransactionSynchronizationManager.getResource(key);
		if (bound == null) {
			V value = fresh.get();
			TransactionSynchronizationManager.bindResource(key, value);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
			return value;
		}
		return (V) bound;
	}

	/**
	 * Maps an isolation level to its {@link Connection} constant.
	 * @param isolation the level
	 * @return the JDBC constant
	 */
	public static int jdbcLevel(IsolationLevel isolation) {
		return switch (isolation) {
			case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
			case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
			case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
		};
	}

}
