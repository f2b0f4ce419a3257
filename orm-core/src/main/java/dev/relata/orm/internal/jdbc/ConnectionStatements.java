package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Runs single statements on a connection its caller owns, such as the one Flyway hands a
 * Java migration: each on its own (in the connection's auto-commit mode, which is left as
 * it is), logged at DEBUG under {@code dev.relata.orm.sql}, and a failure translated once
 * into a Spring {@link DataAccessException} whose message names the task and the
 * statement. Values are always bind parameters. Not thread-safe, like the connection.
 */
public final class ConnectionStatements {

	private static final Log SQL_LOG = LogFactory.getLog("dev.relata.orm.sql");

	private final Connection connection;

	private final SQLExceptionTranslator translator;

	private ConnectionStatements(Connection connection, SQLExceptionTranslator translator) {
		this.connection = connection;
		this.translator = translator;
	}

	/**
	 * Returns statements on a connection, translating failures with the error codes of
	 * its database.
	 * @param connection the connection; never closed here
	 * @return the statements
	 * @throws DataAccessException if the connection's metadata cannot be read
	 */
	public static ConnectionStatements on(Connection connection) {
		String product;
		try {
			product = connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Relata reading the database product name", null, ex);
		}
		return new ConnectionStatements(connection, new SQLErrorCodeSQLExceptionTranslator(product));
	}

	/**
	 * Runs one statement without parameters, such as DDL.
	 * @param task what the statement is for, for messages, such as
	 * {@code Relata foreign-key migration: adding fk_posts_user_id}
	 * @param sql the statement
	 * @throws DataAccessException naming the task and the statement when it fails
	 */
	public void execute(String task, String sql) {
		log(task, sql, List.of());
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw translate(task, sql, ex);
		}
	}

	/**
	 * Runs an insert, update or delete with bind parameters.
	 * @param task what the statement is for, for messages
	 * @param sql the statement with {@code ?} placeholders
	 * @param binds the values, in placeholder order
	 * @return the number of rows changed
	 * @throws DataAccessException naming the task and the statement when it fails
	 */
	public int update(String task, String sql, Object... binds) {
		log(task, sql, Arrays.asList(binds));
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < binds.length; i++) {
				statement.setObject(i + 1, binds[i]);
			}
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw translate(task, sql, ex);
		}
	}

	/**
	 * Runs a query without parameters and reads every row as text.
	 * @param task what the statement is for, for messages
	 * @param sql the query
	 * @return one list per row, one value per selected column (null for SQL NULL)
	 * @throws DataAccessException naming the task and the statement when it fails
	 */
	public List<List<@Nullable String>> queryForText(String task, String sql) {
		log(task, sql, List.of());
		try (Statement statement = this.connection.createStatement();
				ResultSet resultSet = statement.executeQuery(sql)) {
			int width = resultSet.getMetaData().getColumnCount();
			List<List<@Nullable String>> rows = new ArrayList<>();
			while (resultSet.next()) {
				List<@Nullable String> row = new ArrayList<>(width);
				for (int i = 1; i <= width; i++) {
					row.add(resultSet.getString(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException ex) {
			throw translate(task, sql, ex);
		}
	}

	/**
	 * Tells whether each statement commits on its own.
	 * @return the connection's auto-commit mode
	 * @throws DataAccessException if the connection cannot tell
	 */
	public boolean autoCommit() {
		try {
			return this.connection.getAutoCommit();
		}
		catch (SQLException ex) {
			throw translate("Relata reading the auto-commit mode", null, ex);
		}
	}

	DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
		DataAccessException translated = this.translator.translate(task, sql, ex);
		return (translated != null) ? translated : new UncategorizedSQLException(task, sql, ex);
	}

	private static void log(String task, String sql, List<@Nullable Object> binds) {
		if (SQL_LOG.isDebugEnabled()) {
			SQL_LOG.debug(task + ": " + sql + (binds.isEmpty() ? "" : " binds " + binds));
		}
	}

}
