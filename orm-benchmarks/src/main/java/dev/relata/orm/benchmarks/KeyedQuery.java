package dev.relata.orm.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;

import dev.relata.orm.benchmarks.KeyList.KeyType;

/**
 * Runs a statement template of the hand-written baseline over a level's keys: one
 * statement per chunk of {@link KeyList#chunkSize()} keys, every row handed to a reader
 * in the order the database returns it.
 */
final class KeyedQuery {

	private KeyedQuery() {
	}

	/**
	 * Runs the template for the keys.
	 * @param connection the connection
	 * @param keyList how the keys are sent
	 * @param template the SQL with {@link KeyList#KEYS} or {@link KeyList#KEY_TABLE}
	 * @param keys the keys, in the order the statements should bind them
	 * @param type the keys' SQL type
	 * @param reader what reads each row
	 * @throws SQLException if a statement fails
	 */
	static void forEachRow(Connection connection, KeyList keyList, String template, List<? extends Number> keys,
			KeyType type, RowReader reader) throws SQLException {
		forEachRow(connection, keyList, (count) -> keyList.sql(template, count), keys, type, reader);
	}

	/**
	 * Runs SQL made per chunk for the keys.
	 * @param connection the connection
	 * @param keyList how the keys are bound and chunked
	 * @param sql the SQL of a statement binding a number of keys
	 * @param keys the keys, in the order the statements should bind them
	 * @param type the keys' SQL type
	 * @param reader what reads each row
	 * @throws SQLException if a statement fails
	 */
	static void forEachRow(Connection connection, KeyList keyList, IntFunction<String> sql, List<? extends Number> keys,
			KeyType type, RowReader reader) throws SQLException {
		for (int from = 0; from < keys.size(); from += keyList.chunkSize()) {
			List<? extends Number> chunk = keys.subList(from, Math.min(keys.size(), from + keyList.chunkSize()));
			try (PreparedStatement statement = connection.prepareStatement(sql.apply(chunk.size()))) {
				keyList.bind(connection, statement, chunk, type);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						reader.read(rs);
					}
				}
			}
		}
	}

	/**
	 * Reads one row of a result set positioned on it.
	 */
	@FunctionalInterface
	interface RowReader {

		/**
		 * Reads the current row.
		 * @param rs the result set
		 * @throws SQLException if a column cannot be read
		 */
		void read(ResultSet rs) throws SQLException;

	}

}
