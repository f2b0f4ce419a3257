package dev.relata.orm.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.relata.orm.sql.dialect.IdentifierCase;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Tells from the database's metadata whether a table has a primary key or unique index on
 * exactly a set of columns (used to trust {@code ON CONFLICT DO NOTHING} for a pivot
 * pair). A table without a schema is looked up in the connection's current schema, not in
 * every schema: a table of the same name elsewhere must not count.
 */
final class UniqueKeys {

	private UniqueKeys() {
	}

	static boolean covers(DataSource dataSource, IdentifierCase identifierCase, @Nullable String schema, String table,
			List<String> columns) throws SQLException {
		Set<String> wanted = columns.stream().map((c) -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			String folded = identifierCase.fold(table);
			String foldedSchema = (schema != null) ? identifierCase.fold(schema) : connection.getSchema();
			Set<String> primaryKey = new HashSet<>();
			try (ResultSet keys = metaData.getPrimaryKeys(connection.getCatalog(), foldedSchema, folded)) {
				while (keys.next()) {
					primaryKey.add(keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			if (primaryKey.equals(wanted)) {
				return true;
			}
			Map<String, Set<String>> indexes = new HashMap<>();
			try (ResultSet index = metaData.getIndexInfo(connection.getCatalog(), foldedSchema, folded, true, false)) {
				while (index.next()) {
					String name = index.getString("INDEX_NAME");
					String column = index.getString("COLUMN_NAME");
					if (name != null && column != null) {
						indexes.computeIfAbsent(name, (k) -> new HashSet<>()).add(column.toLowerCase(Locale.ROOT));
					}
				}
			}
			return indexes.containsValue(wanted);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
