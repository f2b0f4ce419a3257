package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.internal.observation.OrmObservations.StatementObservation;
import dev.relata.orm.internal.sql.Expression;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.util.function.SingletonSupplier;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;

/**
 * The plumbing around every statement: connection from the current transaction, timeout,
 * logging under {@code dev.relata.orm.sql}, the {@code orm.query} observation, listeners,
 * and translation of {@link SQLException}s naming the model and the statement.
 */
final class StatementSupport {

	private static final Log SQL_LOG = LogFactory.getLog("dev.relata.orm.sql");

	private final DataSource dataSource;

	private final OrmObservations observations;

	private final List<StatementListener> listeners;

	private final int timeoutSeconds;

	// Created on first failure: SQLErrorCodeSQLExceptionTranslator(DataSource) reads the
	// database's metadata at once, and creating an Orm must not open a connection.
	private final SingletonSupplier<SQLExceptionTranslator> translator;

	StatementSupport(DataSource dataSource, OrmObservations observations, List<StatementListener> listeners,
			@Nullable Duration statementTimeout) {
		this.dataSource = dataSource;
		this.observations = observations;
		this.listeners = List.copyOf(listeners);
		this.timeoutSeconds = (statementTimeout != null) ? (int) Math.max(1, statementTimeout.toSeconds()) : -1;
		this.translator = SingletonSupplier.of(() -> new SQLErrorCodeSQLExceptionTranslator(dataSource));
	}

	<R> R run(SqlStatement statement, int batchSize, StatementExecutor.Preparer preparer, Work<R> work) {
		ExecutedStatement executed = announce(statement, batchSize);
		try {
			R result = this.observations.statement(statement.model(), statement.operation(), statement.sql(),
					() -> execute(statement, preparer, work));
			finished(executed, null);
			return result;
		}
		catch (RuntimeException ex) {
			finished(executed, ex);
			throw ex;
		}
	}

	/**
	 * Runs statements of one SQL text, each with its own binds, on one connection and one
	 * prepared statement: each run is announced, observed and reported as a statement of
	 * its own.
	 * @param statements the statements, all of the same SQL, at least one
	 * @param work what one run does with the prepared statement
	 */
	void runEach(List<SqlStatement> statements, Run work) {
		SqlStatement first = statements.get(0);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		PreparedStatement ps = null;
		try {
			ps = connection.prepareStatement(first.sql());
			DataSourceUtils.applyTimeout(ps, this.dataSource, this.timeoutSeconds);
			for (SqlStatement statement : statements) {
				runOne(statement, ps, work);
			}
		}
		catch (SQLException ex) {
			throw translate(task(first), first.sql(), ex);
		}
		finally {
			JdbcUtils.closeStatement(ps);
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void runOne(SqlStatement statement, PreparedStatement ps, Run work) {
		ExecutedStatement executed = announce(statement, 1);
		try {
			this.observations.statement(statement.model(), statement.operation(), statement.sql(), () -> {
				try {
					work.run(ps, statement);
					return null;
				}
				catch (SQLException ex) {
					throw translate(task(statement), statement.sql(), ex);
				}
			});
			finished(executed, null);
		}
		catch (RuntimeException ex) {
			finished(executed, ex);
			throw ex;
		}
	}

	private <R> R execute(SqlStatement statement, StatementExecutor.Preparer preparer, Work<R> work) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		PreparedStatement ps = null;
		try {
			ps = preparer.prepare(connection);
			DataSourceUtils.applyTimeout(ps, this.dataSource, this.timeoutSeconds);
			return work.run(ps);
		}
		catch (SQLException ex) {
			JdbcUtils.closeStatement(ps);
			ps = null;
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			connection = null;
			throw translate(task(statement), statement.sql(), ex);
		}
		finally {
			JdbcUtils.closeStatement(ps);
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	Stream<Object[]> stream(SqlStatement statement, Binder binder, RowReader reader) {
		ExecutedStatement executed = announce(statement, 1);
		StatementObservation observation = this.observations.start(statement.model(), statement.operation(),
				statement.sql());
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		PreparedStatement ps = null;
		ResultSet resultSet;
		try {
			ps = connection.prepareStatement(statement.sql());
			DataSourceUtils.applyTimeout(ps, this.dataSource, this.timeoutSeconds);
			binder.bind(ps);
			resultSet = ps.executeQuery();
		}
		catch (SQLException ex) {
			JdbcUtils.closeStatement(ps);
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			RuntimeException failure = translate(task(statement), statement.sql(), ex);
			observation.error(failure);
			observation.stop();
			finished(executed, failure);
			throw failure;
		}
		PreparedStatement opened = ps;
		Spliterator<Object[]> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
			@Override
			public boolean tryAdvance(Consumer<? super Object[]> action) {
				try {
					if (!resultSet.next()) {
						return false;
					}
					action.accept(reader.read(resultSet));
					return true;
				}
				catch (SQLException ex) {
					throw translate(task(statement), statement.sql(), ex);
				}
			}
		};
		return StreamSupport.stream(rows, false).onClose(() -> {
			JdbcUtils.closeResultSet(resultSet);
			JdbcUtils.closeStatement(opened);
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			observation.stop();
			finished(executed, null);
		});
	}

	DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
		DataAccessException translated = this.translator.obtain().translate(task, sql, ex);
		return (translated != null) ? translated : new UncategorizedSQLException(task, sql, ex);
	}

	private static String task(SqlStatement statement) {
		return "Relata " + statement.operation() + " of " + statement.model();
	}

	private ExecutedStatement announce(SqlStatement statement, int batchSize) {
		List<Object> binds = new ArrayList<>(statement.binds().size());
		for (Expression bind : statement.binds()) {
			binds.add(BindValues.reported(bind));
		}
		ExecutedStatement executed = new ExecutedStatement(statement.model(), statement.operation(), statement.sql(),
				binds, batchSize);
		if (SQL_LOG.isDebugEnabled()) {
			List<Object> logged = statement.binds().stream().map(BindValues::loggable).toList();
			SQL_LOG.debug(statement.model() + " " + statement.operation() + ": " + statement.sql() + " binds " + logged
					+ ((batchSize > 1) ? " (batch of " + batchSize + ")" : ""));
		}
		for (StatementListener listener : this.listeners) {
			listener.beforeStatement(executed);
		}
		return executed;
	}

	private void finished(ExecutedStatement executed, @Nullable RuntimeException failure) {
		for (StatementListener listener : this.listeners) {
			listener.afterStatement(executed, failure);
		}
	}

	/**
	 * Work done with a prepared statement.
	 */
	@FunctionalInterface
	interface Work<R> {

		R run(PreparedStatement statement) throws SQLException;

	}

	/**
	 * One run of a prepared statement with a statement's binds.
	 */
	@FunctionalInterface
	interface Run {

		void run(PreparedStatement prepared, SqlStatement statement) throws SQLException;

	}

	/**
	 * Binds the parameters of a prepared statement.
	 */
	@FunctionalInterface
	interface Binder {

		void bind(PreparedStatement statement) throws SQLException;

	}

	/**
	 * Reads the current row.
	 */
	@FunctionalInterface
	interface RowReader {

		Object[] read(ResultSet resultSet) throws SQLException;

	}

}
