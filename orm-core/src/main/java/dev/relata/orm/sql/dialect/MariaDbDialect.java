package dev.relata.orm.sql.dialect;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * MariaDB (10.6 and later): the MySQL family's syntax, a bulk protocol that cannot batch
 * {@code INSERT ... SELECT}, and integral key lists read from one JSON text with
 * {@code JSON_TABLE}.
 */
final class MariaDbDialect extends MySqlFamilyDialect {

	/**
	 * Integral keys only: a text column of {@code JSON_TABLE} has the connection's
	 * collation, and comparing it with a column of another collation fails ("Illegal mix
	 * of collations"), so text keys stay in {@code IN} lists.
	 */
	private static final Map<Class<?>, String> JSON_TABLE_COLUMN_TYPES = Map.of(Long.class, "BIGINT", long.class,
			"BIGINT", Integer.class, "INT", int.class, "INT", Short.class, "SMALLINT", short.class, "SMALLINT");

	@Override
	public String name() {
		return "MariaDB";
	}

	@Override
	public boolean batchesInsertSelect() {
		return false;
	}

	/**
	 * {@link KeyListForm#JSON_TABLE} for integral keys: one parameter at any size,
	 * measured faster than {@code IN} lists of 1,000 keys per statement at 100 and 1,000
	 * keys, and within their error at 10,000 ({@code orm-benchmarks/README.md}, "The JDBC
	 * baseline on MariaDB").
	 */
	@Override
	public KeyListForm keyListForm(Class<?> keyType) {
		return JSON_TABLE_COLUMN_TYPES.containsKey(keyType) ? KeyListForm.JSON_TABLE : KeyListForm.IN_LIST;
	}

	/**
	 * Key bounds per parent over the JSON key list: 2.5 times faster than
	 * {@code ROW_NUMBER()} at 100 keys, 10 at 1,000, 15 at 10,000
	 * ({@code KeyListBenchmark}).
	 */
	@Override
	public boolean prefersKeyBoundPages() {
		return true;
	}

	@Override
	public @Nullable String jsonTableColumnType(Class<?> javaType) {
		return JSON_TABLE_COLUMN_TYPES.get(javaType);
	}

}
