package dev.relata.orm.ddl;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.jdbc.core.ConnectionCallback;

/**
 * Runs generated DDL on a test database: drops the tables first (so each test starts
 * clean), then creates the tables and their foreign keys, and reads index names back.
 */
final class DdlDatabase {

	private DdlDatabase() {
	}

	static Dialect dialect(TestDatabase db) {
		return db.dialect();
	}

	/**
	 * Drops the schema's tables, then runs {@link OrmDdl#createTables} and
	 * {@link OrmDdl#render} of its foreign keys.
	 * @return the statements run
	 */
	static List<String> create(TestDatabase db, OrmSchema schema) {
		drop(db, schema.models().stream().map((model) -> model.table()).toList());
		List<String> statements = new ArrayList<>(OrmDdl.createTables(schema, dialect(db)));
		statements.addAll(OrmDdl.render(OrmDdl.foreignKeys(schema), dialect(db)));
		db.execute(statements.toArray(String[]::new));
		return statements;
	}

	static void drop(TestDatabase db, List<String> tables) {
		db.dropTables(tables.toArray(String[]::new));
	}

	/**
	 * The names of the indexes of a table, lower-cased, as the JDBC metadata reports
	 * them.
	 */
	static List<String> indexNames(TestDatabase db, String table) {
		return db.jdbc().execute((ConnectionCallback<List<String>>) (connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			String folded = (db.kind() == DatabaseKind.H2) ? table.toUpperCase(Locale.ROOT) : table;
			List<String> names = new ArrayList<>();
			try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), folded,
					false, false)) {
				while (indexes.next()) {
					String name = indexes.getString("INDEX_NAME");
					if (name != null) {
						names.add(name.toLowerCase(Locale.ROOT));
					}
				}
			}
			return names;
		});
	}

}
