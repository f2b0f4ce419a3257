package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogIndex;
import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.internal.catalog.CatalogTableName;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Reads a {@link Catalog} of the tables asked for through {@link DatabaseMetaData} only
 * ({@code getTables}, {@code getColumns}, {@code getPrimaryKeys}, {@code getIndexInfo},
 * {@code getImportedKeys}), never through vendor catalogs. The dialect is detected from
 * the product name and version, the identifier case from {@code stores*Identifiers()},
 * and a table without a schema is looked up in the connection's current catalog and
 * schema ({@code currentSchema} on PostgreSQL, the current database on MariaDB). Name
 * patterns are matched exactly after reading, so an {@code _} in a name never matches
 * another table.
 */
public final class CatalogReader {

	private static final String TASK = "Relata reading the database catalog";

	private final DatabaseMetaData metaData;

	private final Dialect dialect;

	private final CatalogNaming naming;

	private final ConnectionStatements statements;

	private CatalogReader(DatabaseMetaData metaData, Dialect dialect, CatalogNaming naming,
			ConnectionStatements statements) {
		this.metaData = metaData;
		this.dialect = dialect;
		this.naming = naming;
		this.statements = statements;
	}

	/**
	 * Returns a reader on a connection, detecting its dialect and naming.
	 * @param connection the connection; never closed here
	 * @return the reader
	 * @throws DataAccessException if the metadata cannot be read
	 * @throws dev.relata.orm.exception.OrmUsageException if the database is not supported
	 */
	public static CatalogReader of(Connection connection) {
		return of(connection, null);
	}

	/**
	 * Returns a reader on a connection.
	 * @param connection the connection; never closed here
	 * @param dialect the dialect, or {@code null} to detect it from the product name and
	 * version
	 * @return the reader
	 * @throws DataAccessException if the metadata cannot be read
	 * @throws dev.relata.orm.exception.OrmUsageException if the dialect is detected and
	 * the database is not supported
	 */
	public static CatalogReader of(Connection connection, @Nullable Dialect dialect) {
		ConnectionStatements statements = ConnectionStatements.on(connection);
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			Dialect known = (dialect != null) ? dialect : Dialects
				.fromDatabaseProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
			CatalogNaming naming = new CatalogNaming(LazyDatabaseProfile.identifierCase(metaData),
					connection.getCatalog(), connection.getSchema(), known.schemasAreCatalogs());
			return new CatalogReader(metaData, known, naming, statements);
		}
		catch (SQLException ex) {
			throw statements.translate(TASK, null, ex);
		}
	}

	/**
	 * Runs work with a reader on one connection of a data source (the current
	 * transaction's, if any), released afterwards.
	 * @param <R> the result type
	 * @param dataSource the database
	 * @param dialect the dialect, or {@code null} to detect it
	 * @param work what to read
	 * @return what the work returns
	 * @throws DataAccessException if no connection can be had or the metadata cannot be
	 * read
	 */
	public static <R> R withConnection(DataSource dataSource, @Nullable Dialect dialect,
			Function<CatalogReader, R> work) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return work.apply(of(connection, dialect));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Reads one table.
	 * @param schema the schema the model names, or {@code null} for the connection's
	 * @param table the table as the model names it
	 * @return the table, or empty when it does not exist
	 * @throws DataAccessException naming the table when the metadata cannot be read
	 */
	public Optional<CatalogTable> readTable(@Nullable String schema, String table) {
		return read(List.of(this.naming.resolve(schema, table))).table(schema, table);
	}

	/**
	 * Returns the dialect detected from the product name and version.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Returns how schema names find stored ones on this connection.
	 * @return the naming
	 */
	public CatalogNaming naming() {
		return this.naming;
	}

	/**
	 * Reads tables; those that do not exist are left out.
	 * @param tables the tables, as {@link CatalogNaming#resolve} gives them
	 * @return the snapshot
	 * @throws DataAccessException naming the table when the metadata cannot be read
	 */
	public Catalog read(Collection<CatalogTableName> tables) {
		List<CatalogTable> found = new ArrayList<>();
		for (CatalogTableName wanted : distinct(tables)) {
			try {
				CatalogTableName table = find(wanted);
				if (table != null) {
					found.add(CatalogTable.of(this.naming, table, columns(table), primaryKey(table), indexes(table),
							foreignKeys(table)));
				}
			}
			catch (SQLException ex) {
				throw this.statements.translate(TASK + " of " + wanted, null, ex);
			}
		}
		return Catalog.of(this.naming, found);
	}

	private static Collection<CatalogTableName> distinct(Collection<CatalogTableName> tables) {
		Map<List<@Nullable String>, CatalogTableName> distinct = new LinkedHashMap<>();
		tables.forEach(
				(table) -> distinct.putIfAbsent(Arrays.asList(table.catalog(), table.schema(), table.name()), table));
		return distinct.values();
	}

	private @Nullable CatalogTableName find(CatalogTableName wanted) throws SQLException {
		try (ResultSet tables = this.metaData.getTables(wanted.catalog(), wanted.schema(), wanted.name(), null)) {
			while (tables.next()) {
				CatalogTableName found = new CatalogTableName(tables.getString("TABLE_CAT"),
						tables.getString("TABLE_SCHEM"), tables.getString("TABLE_NAME"));
				if (found.sameTable(wanted)) {
					return found;
				}
			}
		}
		return null;
	}

	private List<CatalogColumn> columns(CatalogTableName table) throws SQLException {
		List<CatalogColumn> columns = new ArrayList<>();
		try (ResultSet rs = this.metaData.getColumns(table.catalog(), table.schema(), table.name(), null)) {
			while (rs.next()) {
				CatalogTableName owner = new CatalogTableName(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"),
						rs.getString("TABLE_NAME"));
				if (owner.sameTable(table)) {
					columns.add(new CatalogColumn(rs.getString("COLUMN_NAME"), jdbcType(rs.getInt("DATA_TYPE")),
							Objects.requireNonNullElse(rs.getString("TYPE_NAME"), ""), rs.getInt("COLUMN_SIZE"),
							rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
				}
			}
		}
		return columns;
	}

	private List<String> primaryKey(CatalogTableName table) throws SQLException {
		Map<Short, String> columns = new TreeMap<>();
		try (ResultSet rs = this.metaData.getPrimaryKeys(table.catalog(), table.schema(), table.name())) {
			while (rs.next()) {
				columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
			}
		}
		return List.copyOf(columns.values());
	}

	private List<CatalogIndex> indexes(CatalogTableName table) throws SQLException {
		Map<String, Map<Short, String>> columns = new LinkedHashMap<>();
		Map<String, Boolean> unique = new LinkedHashMap<>();
		try (ResultSet rs = this.metaData.getIndexInfo(table.catalog(), table.schema(), table.name(), false, true)) {
			while (rs.next()) {
				String name = rs.getString("INDEX_NAME");
				String column = rs.getString("COLUMN_NAME");
				if (name == null || column == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
						|| rs.getString("FILTER_CONDITION") != null) {
					continue;
				}
				columns.computeIfAbsent(name, (key) -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), column);
				unique.put(name, !rs.getBoolean("NON_UNIQUE"));
			}
		}
		List<CatalogIndex> indexes = new ArrayList<>();
		columns.forEach((name, byPosition) -> indexes
			.add(new CatalogIndex(name, unique.get(name), List.copyOf(byPosition.values()))));
		return indexes;
	}

	private List<CatalogForeignKey> foreignKeys(CatalogTableName table) throws SQLException {
		Map<String, List<ImportedColumn>> byKey = new LinkedHashMap<>();
		try (ResultSet rs = this.metaData.getImportedKeys(table.catalog(), table.schema(), table.name())) {
			while (rs.next()) {
				CatalogTableName referenced = new CatalogTableName(rs.getString("PKTABLE_CAT"),
						rs.getString("PKTABLE_SCHEM"), rs.getString("PKTABLE_NAME"));
				String name = Objects.requireNonNullElse(rs.getString("FK_NAME"), "");
				byKey.computeIfAbsent(name + "\u0000" + referenced, (key) -> new ArrayList<>())
					.add(new ImportedColumn(name, rs.getShort("KEY_SEQ"), rs.getString("FKCOLUMN_NAME"), referenced,
							rs.getString("PKCOLUMN_NAME"), action(rs.getShort("DELETE_RULE")),
							action(rs.getShort("UPDATE_RULE"))));
			}
		}
		List<CatalogForeignKey> foreignKeys = new ArrayList<>();
		for (List<ImportedColumn> key : byKey.values()) {
			key.sort((a, b) -> Short.compare(a.sequence(), b.sequence()));
			ImportedColumn first = key.get(0);
			foreignKeys.add(new CatalogForeignKey(first.name(), key.stream().map(ImportedColumn::column).toList(),
					first.referencedTable(), key.stream().map(ImportedColumn::referencedColumn).toList(),
					first.onDelete(), first.onUpdate()));
		}
		return foreignKeys;
	}

	static String jdbcType(int code) {
		try {
			return JDBCType.valueOf(code).getName();
		}
		catch (IllegalArgumentException ex) {
			return "TYPE_" + code;
		}
	}

	static ReferentialAction action(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
			case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
			case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
			case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private record ImportedColumn(String name, short sequence, String column, CatalogTableName referencedTable,
			String referencedColumn, ReferentialAction onDelete, ReferentialAction onUpdate) {
	}

}
