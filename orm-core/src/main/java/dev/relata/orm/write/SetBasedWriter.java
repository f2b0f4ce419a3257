package dev.relata.orm.write;

import java.util.List;

import dev.relata.orm.jdbc.SqlStatement;
import dev.relata.orm.jdbc.StatementExecutor;
import dev.relata.orm.query.PropertyAssignment;
import dev.relata.orm.query.QueryCompiler;
import dev.relata.orm.query.QueryModel;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs set-based updates and deletes of queries, each in one transaction.
 */
public final class SetBasedWriter {

	private final StatementExecutor executor;

	private final TransactionTemplate transactions;

	/**
	 * Creates a writer.
	 * @param executor runs the statements
	 * @param transactions the transaction every call runs in
	 */
	public SetBasedWriter(StatementExecutor executor, TransactionTemplate transactions) {
		this.executor = executor;
		this.transactions = transactions;
	}

	/**
	 * Updates the rows a query matches.
	 * @param query the query
	 * @param assignments the new values
	 * @return the number of rows updated
	 */
	public int update(QueryModel<?> query, List<PropertyAssignment> assignments) {
		SqlStatement statement = SqlStatement.of(
				this.executor.profile().renderer().render(QueryCompiler.update(query, assignments)),
				query.model().name(), EntityWriter.UPDATE);
		return this.transactions.execute((status) -> this.executor.update(statement));
	}

	/**
	 * Deletes the rows a query matches.
	 * @param query the query
	 * @return the number of rows deleted
	 */
	public int delete(QueryModel<?> query) {
		SqlStatement statement = SqlStatement.of(this.executor.profile().renderer().render(QueryCompiler.delete(query)),
				query.model().name(), EntityWriter.DELETE);
		return this.transactions.execute((status) -> this.executor.update(statement));
	}

}
