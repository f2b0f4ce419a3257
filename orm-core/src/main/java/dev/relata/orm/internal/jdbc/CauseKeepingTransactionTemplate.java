package dev.relata.orm.internal.jdbc;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link TransactionTemplate} behind {@link JdbcTransactions}: Relata's own
 * transactions (every write call, and {@code SNAPSHOT} loads): when the work fails and
 * rolling back fails too (a connection killed mid-statement), the work's exception is
 * thrown with the rollback failure added to it as suppressed, instead of a
 * {@code TransactionSystemException} that hides the cause.
 */
final class CauseKeepingTransactionTemplate extends TransactionTemplate {

	/**
	 * Creates a template on a transaction manager.
	 * @param transactionManager the transaction manager
	 */
	CauseKeepingTransactionTemplate(PlatformTransactionManager transactionManager) {
		super(transactionManager);
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		Throwable[] failure = new Throwable[1];
		try {
			return super.execute((status) -> {
				try {
					return action.doInTransaction(status);
				}
				catch (RuntimeException | Error ex) {
					failure[0] = ex;
					throw ex;
				}
			});
		}
		catch (RuntimeException | Error ex) {
			Throwable original = failure[0];
			if (original == null || original == ex) {
				throw ex;
			}
			original.addSuppressed(ex);
			if (original instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw (Error) original;
		}
	}

}
