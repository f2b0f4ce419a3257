package dev.relata.orm.internal.write;

import java.util.List;

import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.query.PropertyAssignment;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.internal.query.QueryWrites;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.ValueConverter;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Runs set-based updates and deletes of queries, each in one transaction.
 */
public final class SetBasedWriter implements QueryWrites {

	private final StatementExecutor executor;

	private final JdbcTransactions transactions;

	private final Clock clock;

	/**
	 * Creates a writer.
	 * @param executor runs the statements
	 * @param transactions the transaction every call runs in
	 * @param clock gives the time of soft deletes
	 */
	public SetBasedWriter(StatementExecutor executor, JdbcTransactions transactions, Clock clock) {
		this.executor = executor;
		this.transactions = transactions;
		this.clock = clock;
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
		return this.transactions.execute(() -> this.executor.update(statement));
	}

	/**
	 * Deletes the rows a query matches; for a model with soft deletes, sets their
	 * deleted-at property unless forced.
	 * @param query the query
	 * @param force whether to delete rows of a model with soft deletes for real
	 * @return the number of rows deleted
	 */
	public int delete(QueryModel<?> query, boolean force) {
		ModelProperty deletedAt = query.model().softDelete().orElse(null);
		if (deletedAt != null && !force) {
			return setDeletedAt(query, deletedAt, DeletedAt.now(deletedAt, this.clock));
		}
		SqlStatement statement = SqlStatement.of(this.executor.profile().renderer().render(QueryCompiler.delete(query)),
				query.model().name(), EntityWriter.DELETE);
		return this.transactions.execute(() -> this.executor.update(statement));
	}

	/**
	 * Restores the soft-deleted rows a query matches.
	 * @param query the query, reading only deleted rows
	 * @return the number of rows restored
	 */
	public int restore(QueryModel<?> query) {
		return setDeletedAt(query, query.model().softDelete().orElseThrow(), null);
	}

	private int setDeletedAt(QueryModel<?> query, ModelProperty deletedAt, @Nullable Object value) {
		ValueConverter<Object, Object> converter = deletedAt.converter();
		Object columnValue = (converter != null) ? converter.toColumn(value) : value;
		return update(query, List.of(new PropertyAssignment(deletedAt, columnValue)));
	}

}
