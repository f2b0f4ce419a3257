package dev.relata.orm.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * How hand-written SQL sends a set of keys, the parents of one level: as one array
 * parameter, an {@code IN} list of one parameter per key, or one JSON text read by
 * {@code JSON_TABLE}. A statement template names where the keys go with {@value #KEYS} (a
 * predicate after the key column: {@code WHERE p.user_id {keys}}) or {@value #KEY_TABLE}
 * (a table {@code k} with one column {@code id}: {@code FROM {keyTable} JOIN ...});
 * {@link #sql} puts this form there.
 */
enum KeyList {

	/**
	 * One array parameter: {@code = ANY(?)}, or {@code unnest(?) AS k(id)} as a table
	 * (PostgreSQL; H2 has {@code = ANY(?)} only). Every key in one statement.
	 */
	ARRAY(Integer.MAX_VALUE) {

		@Override
		String predicate(int keys) {
			return "= ANY(?)";
		}

		@Override
		String table(int keys) {
			return "unnest(?) AS k(id)";
		}

		@Override
		void bind(Connection connection, PreparedStatement statement, List<? extends Number> keys, KeyType type)
				throws SQLException {
			statement.setArray(1, connection.createArrayOf(type.name(), keys.toArray(type.emptyArray())));
		}

	},

	/**
	 * {@code IN (?, ?, ...)}, one parameter per key, at most {@value #IN_LIST_CHUNK} keys
	 * per statement (more keys make more statements, as Relata's default
	 * {@code maxBatchKeys} does). No table form.
	 */
	IN_LIST(KeyList.IN_LIST_CHUNK) {

		@Override
		String predicate(int keys) {
			return "IN (" + "?, ".repeat(keys - 1) + "?)";
		}

		@Override
		String table(int keys) {
			throw new UnsupportedOperationException("An IN list has no table form; use JSON_TABLE or ARRAY");
		}

		@Override
		void bind(Connection connection, PreparedStatement statement, List<? extends Number> keys, KeyType type)
				throws SQLException {
			for (int i = 0; i < keys.size(); i++) {
				type.bind(statement, i + 1, keys.get(i));
			}
		}

	},

	/**
	 * One JSON array text, {@code [1,2,3]}, read by MariaDB's (and MySQL's)
	 * {@code JSON_TABLE(?, '$[*]' COLUMNS(id BIGINT PATH '$'))}: as a predicate
	 * {@code IN (SELECT k.id FROM JSON_TABLE(...) AS k)}, as a table
	 * {@code JSON_TABLE(...) AS k}. Every key in one statement.
	 */
	JSON_TABLE(Integer.MAX_VALUE) {

		private static final String TABLE = "JSON_TABLE(?, '$[*]' COLUMNS(id BIGINT PATH '$')) AS k";

		@Override
		String predicate(int keys) {
			return "IN (SELECT k.id FROM " + TABLE + ")";
		}

		@Override
		String table(int keys) {
			return TABLE;
		}

		@Override
		void bind(Connection connection, PreparedStatement statement, List<? extends Number> keys, KeyType type)
				throws SQLException {
			StringBuilder json = new StringBuilder(keys.size() * 7 + 2).append('[');
			for (int i = 0; i < keys.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				json.append(keys.get(i).longValue());
			}
			statement.setString(1, json.append(']').toString());
		}

	};

	/**
	 * The placeholder of a key predicate in a statement template.
	 */
	static final String KEYS = "{keys}";

	/**
	 * The placeholder of a key table ({@code k}, column {@code id}) in a statement
	 * template.
	 */
	static final String KEY_TABLE = "{keyTable}";

	/**
	 * The most keys of one {@link #IN_LIST} statement.
	 */
	static final int IN_LIST_CHUNK = 1000;

	private final int chunkSize;

	KeyList(int chunkSize) {
		this.chunkSize = chunkSize;
	}

	/**
	 * Returns the most keys one statement takes.
	 * @return the chunk size
	 */
	int chunkSize() {
		return this.chunkSize;
	}

	/**
	 * Returns a template's SQL for a number of keys.
	 * @param template SQL with {@value #KEYS} or {@value #KEY_TABLE}
	 * @param keys the number of keys the statement binds
	 * @return the SQL
	 */
	String sql(String template, int keys) {
		String sql = template.contains(KEYS) ? template.replace(KEYS, predicate(keys)) : template;
		return sql.contains(KEY_TABLE) ? sql.replace(KEY_TABLE, table(keys)) : sql;
	}

	abstract String predicate(int keys);

	abstract String table(int keys);

	/**
	 * Binds the keys of one statement, from the first parameter on.
	 * @param connection the statement's connection
	 * @param statement the statement
	 * @param keys the keys, at most {@link #chunkSize()}
	 * @param type the keys' SQL type
	 * @throws SQLException if a bind fails
	 */
	abstract void bind(Connection connection, PreparedStatement statement, List<? extends Number> keys, KeyType type)
			throws SQLException;

	/**
	 * The SQL type of a key column.
	 */
	enum KeyType {

		/**
		 * {@code BIGINT}, bound from a {@code Long}.
		 */
		BIGINT {

			@Override
			Object[] emptyArray() {
				return new Long[0];
			}

			@Override
			void bind(PreparedStatement statement, int index, Number key) throws SQLException {
				statement.setLong(index, key.longValue());
			}

		},

		/**
		 * {@code INTEGER}, bound from an {@code Integer}.
		 */
		INTEGER {

			@Override
			Object[] emptyArray() {
				return new Integer[0];
			}

			@Override
			void bind(PreparedStatement statement, int index, Number key) throws SQLException {
				statement.setInt(index, key.intValue());
			}

		};

		abstract Object[] emptyArray();

		abstract void bind(PreparedStatement statement, int index, Number key) throws SQLException;

	}

}
