package dev.relata.orm.benchmarks;

/**
 * The best hand-written form of the JDBC baseline on one database: how a level's parent
 * keys are sent, and the per-parent top-3 statement.
 * <ul>
 * <li>PostgreSQL: one array parameter ({@code = ANY(?)}); top-3 through
 * {@code unnest(?) CROSS JOIN LATERAL (... LIMIT 3)}, an index range of 3 rows per
 * parent.</li>
 * <li>MariaDB (no arrays, no {@code LATERAL}): one {@code JSON_TABLE} parameter, faster
 * than {@code IN} lists of 1,000 keys at 100 and 1,000 keys, within JMH's error of them
 * at 10,000; top-3 through each parent's third-latest key as a bound
 * ({@link BaselineSql#TOP3_KEY_BOUND}), 2.5 to 15 times faster than {@code ROW_NUMBER()}
 * (measured by {@link KeyListBenchmark}, the numbers in
 * {@code orm-benchmarks/README.md}).</li>
 * <li>H2: one array parameter; top-3 through one statement per parent
 * ({@link BaselineSql#TOP3_OF_ONE}, prepared once): H2 has no {@code LATERAL}, and
 * {@code ROW_NUMBER()} over {@code = ANY(?)} measured 2 to 5 times slower from 1 to 1,000
 * parents.</li>
 * </ul>
 *
 * @param keyList how a level's parent keys are sent
 * @param top3 the per-parent top-3 statement: a template for {@code keyList}, or, when
 * {@code top3PerParent}, the statement of one parent
 * @param top3PerParent whether {@code top3} runs once per parent key
 */
record BaselineForms(KeyList keyList, String top3, boolean top3PerParent) {

	/**
	 * Returns the forms of a database.
	 * @param database the database
	 * @return its forms
	 */
	static BaselineForms of(BenchmarkDatabase database) {
		return switch (database) {
			case POSTGRESQL -> new BaselineForms(KeyList.ARRAY, BaselineSql.TOP3_LATERAL, false);
			case MARIADB -> new BaselineForms(KeyList.JSON_TABLE, BaselineSql.TOP3_KEY_BOUND, false);
			case H2 -> new BaselineForms(KeyList.ARRAY, BaselineSql.TOP3_OF_ONE, true);
		};
	}

}
