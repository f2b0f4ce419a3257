package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.internal.sql.Expression;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.internal.sql.DatabaseProfile;

/**
 * Runs Relata's statements through Spring JDBC: on the caller's transaction when there is
 * one ({@link DataSourceUtils}), with binds converted by the dialect's value table,
 * failures translated into Spring's {@code DataAccessException}s naming the model and the
 * statement, every statement logged, observed and reported to the listeners. Rows come
 * back as arrays of column values, read by position.
 */
public final class StatementExecutor {

	private final DataSource dataSource;

	private final Supplier<DatabaseProfile> profile;

	private final StatementSupport support;

	private volatile @Nullable JdbcValueTable valueTable;

	/**
	 * Creates an executor.
	 * @param dataSource the database
	 * @param profile the database profile, resolved on first use
	 * @param observations where statements are observed
	 * @param listeners told about every statement
	 * @param statementTimeout the query timeout of every statement, or {@code null} for
	 * none
	 */
	public StatementExecutor(DataSource dataSource, Supplier<DatabaseProfile> profile, OrmObservations observations,
			List<StatementListener> listeners, @Nullable Duration statementTimeout) {
		this.dataSource = dataSource;
		this.profile = profile;
		this.support = new StatementSupport(dataSource, observations, listeners, statementTimeout);
	}

	/**
	 * Returns the database profile, detecting it on first use.
	 * @return the profile
	 */
	public DatabaseProfile profile() {
		return this.profile.get();
	}

	/**
	 * Runs a query and reads every row.
	 * @param statement the query
	 * @param columnTypes the Java type of each selected column, in select order
	 * @return one array of column values per row
	 */
	public List<Object[]> queryRows(SqlStatement statement, List<Class<?>> columnTypes) {
		return queryRows(statement, columnTypes, columnTypes.size());
	}

	/**
	 * Runs a query and reads every row into arrays of a given width: the column values
	 * first, then {@code null}s, so that an {@link EntityRowFactory} whose
	 * {@link EntityRowFactory#width() width} it is can build instances in the row itself.
	 * @param statement the query
	 * @param columnTypes the Java type of each selected column, in select order
	 * @param width the length of each row array; at least the number of columns
	 * @return one array per row
	 */
	public List<Object[]> queryRows(SqlStatement statement, List<Class<?>> columnTypes, int width) {
		List<Object[]> rows = new ArrayList<>();
		forEachRow(statement, columnTypes, width, rows::add);
		return rows;
	}

	/**
	 * Runs a query and hands each row to an action as it is read, without collecting the
	 * rows first. The connection is held until the last row is handled.
	 * @param statement the query
	 * @param columnTypes the Java type of each selected column, in select order
	 * @param width the length of each row array (see
	 * {@link #queryRows(SqlStatement, List, int)})
	 * @param action called once per row, in row order, with a fresh array of column
	 * values
	 */
	public void forEachRow(SqlStatement statement, List<Class<?>> columnTypes, int width, Consumer<Object[]> action) {
		ValueCodec[] readers = codecs(columnTypes);
		this.support.run(statement, 1, (connection) -> connection.prepareStatement(statement.sql()), (ps) -> {
			bind(ps, statement.binds());
			try (ResultSet resultSet = ps.executeQuery()) {
				while (resultSet.next()) {
					action.accept(readRow(resultSet, readers, width));
				}
				return null;
			}
		});
	}

	/**
	 * Runs one query once per statement, each with its own binds, on one connection and
	 * one prepared statement, handing each row to an action as it is read. Each run is a
	 * statement of its own for the listeners, the log and the observations.
	 * @param statements the statements, all of the same SQL, at least one
	 * @param columnTypes the Java type of each selected column, in select order
	 * @param width the length of each row array (see
	 * {@link #queryRows(SqlStatement, List, int)})
	 * @param action called once per row, statement after statement, in row order
	 */
	public void forEachRowOfEach(List<SqlStatement> statements, List<Class<?>> columnTypes, int width,
			Consumer<Object[]> action) {
		ValueCodec[] readers = codecs(columnTypes);
		this.support.runEach(statements, (ps, statement) -> {
			bind(ps, statement.binds());
			try (ResultSet resultSet = ps.executeQuery()) {
				while (resultSet.next()) {
					action.accept(readRow(resultSet, readers, width));
				}
			}
		});
	}

	/**
	 * Runs a query that returns one value, such as a count.
	 * @param statement the query
	 * @param type the Java type of the first column
	 * @return the first column of the first row, or {@code null} when there is no row
	 */
	public @Nullable Object queryValue(SqlStatement statement, Class<?> type) {
		List<Object[]> rows = queryRows(statement, List.of(type));
		return rows.isEmpty() ? null : rows.get(0)[0];
	}

	/**
	 * Runs an insert, update or delete.
	 * @param statement the statement
	 * @return the number of rows it changed
	 */
	public int update(SqlStatement statement) {
		return this.support.run(statement, 1, (connection) -> connection.prepareStatement(statement.sql()), (ps) -> {
			bind(ps, statement.binds());
			return ps.executeUpdate();
		});
	}

	/**
	 * Runs one statement with many rows of binds as a JDBC batch.
	 * @param statement the statement, with the binds of its first row
	 * @param rows the binds of every row, the first included
	 * @return the update count of each row
	 */
	public int[] batchUpdate(SqlStatement statement, List<List<Expression>> rows) {
		return this.support.run(statement, rows.size(), (connection) -> connection.prepareStatement(statement.sql()),
				(ps) -> {
					for (List<Expression> row : rows) {
						bind(ps, row);
						ps.addBatch();
					}
					return ps.executeBatch();
				});
	}

	/**
	 * Runs an insert of one or more rows and returns the keys the database generated, in
	 * row order. A statement rendered with {@code RETURNING} is read as a query;
	 * otherwise JDBC's generated keys are asked for the key column.
	 * @param statement the insert, with the binds of its first row
	 * @param rows the binds of every row, the first included
	 * @param keyColumn the key column as the database stores its name
	 * @param keyType the Java type of the key
	 * @param returning whether the SQL ends with a {@code RETURNING} clause
	 * @return the generated keys, one per row
	 */
	public List<Object> insertReturningKeys(SqlStatement statement, List<List<Expression>> rows, String keyColumn,
			Class<?> keyType, boolean returning) {
		ValueCodec keyCodec = codec(keyType);
		if (returning && rows.size() == 1) {
			return this.support.run(statement, 1, (connection) -> connection.prepareStatement(statement.sql()),
					(ps) -> {
						bind(ps, rows.get(0));
						try (ResultSet resultSet = ps.executeQuery()) {
							return readKeys(resultSet, keyCodec);
						}
					});
		}
		return this.support.run(statement, rows.size(),
				(connection) -> connection.prepareStatement(statement.sql(), new String[] { keyColumn }), (ps) -> {
					if (rows.size() == 1) {
						bind(ps, rows.get(0));
						ps.executeUpdate();
					}
					else {
						for (List<Expression> row : rows) {
							bind(ps, row);
							ps.addBatch();
						}
						ps.executeBatch();
					}
					try (ResultSet resultSet = ps.getGeneratedKeys()) {
						return readKeys(resultSet, keyCodec);
					}
				});
	}

	/**
	 * Runs a query whose rows are read as the returned stream is consumed, holding the
	 * connection until the stream is closed. Close it (try-with-resources).
	 * @param statement the query
	 * @param columnTypes the Java type of each selected column
	 * @param fetchSize the number of rows the driver fetches at a time
	 * @return the rows, lazily
	 */
	public Stream<Object[]> streamRows(SqlStatement statement, List<Class<?>> columnTypes, int fetchSize) {
		ValueCodec[] readers = codecs(columnTypes);
		return this.support.stream(statement, (ps) -> {
			ps.setFetchSize(fetchSize);
			bind(ps, statement.binds());
		}, (resultSet) -> readRow(resultSet, readers, readers.length));
	}

	/**
	 * Translates a failure the way statement failures are translated, for callers that
	 * work on a connection themselves.
	 * @param task what was being done
	 * @param sql the statement, if any
	 * @param ex the failure
	 * @return the translated exception
	 */
	public DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
		return this.support.translate(task, sql, ex);
	}

	/**
	 * Tells whether a table has a primary key or unique index on exactly these columns,
	 * from the database's metadata.
	 * @param schema the table's schema, or {@code null}
	 * @param table the table name as in the schema
	 * @param columns the column names as in the schema
	 * @return whether such a unique key exists
	 */
	public boolean hasUniqueKey(@Nullable String schema, String table, List<String> columns) {
		return CatalogReader.withConnection(this.dataSource, profile().dialect(),
				(reader) -> reader.readTable(schema, table)
					.map((found) -> found.hasUniqueKeyOn(columns))
					.orElse(false));
	}

	/**
	 * Returns the data source statements run on.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	private List<Object> readKeys(ResultSet resultSet, ValueCodec keyCodec) throws SQLException {
		List<Object> keys = new ArrayList<>();
		while (resultSet.next()) {
			keys.add(keyCodec.read(resultSet, 1));
		}
		return keys;
	}

	private static Object[] readRow(ResultSet resultSet, ValueCodec[] readers, int width) throws SQLException {
		Object[] row = new Object[Math.max(width, readers.length)];
		for (int i = 0; i < readers.length; i++) {
			row[i] = readers[i].read(resultSet, i + 1);
		}
		return row;
	}

	private void bind(PreparedStatement ps, List<Expression> binds) throws SQLException {
		JdbcValueTable table = valueTable();
		for (int i = 0; i < binds.size(); i++) {
			BindValues.bind(ps, i + 1, binds.get(i), table, profile().dialect());
		}
	}

	private ValueCodec[] codecs(List<Class<?>> types) {
		ValueCodec[] codecs = new ValueCodec[types.size()];
		for (int i = 0; i < codecs.length; i++) {
			codecs[i] = codec(types.get(i));
		}
		return codecs;
	}

	private ValueCodec codec(Class<?> type) {
		return valueTable().codec(type);
	}

	JdbcValueTable valueTable() {
		JdbcValueTable table = this.valueTable;
		if (table == null) {
			table = new JdbcValueTable(profile().dialect());
			this.valueTable = table;
		}
		return table;
	}

	/**
	 * Prepares a statement on a connection.
	 */
	@FunctionalInterface
	interface Preparer {

		PreparedStatement prepare(Connection connection) throws SQLException;

	}

}
