package dev.relata.orm.internal.sql;

/**
 * The kinds of join.
 */
public enum JoinType {

	/**
	 * {@code INNER JOIN}: only rows with a match.
	 */
	INNER("INNER JOIN"),

	/**
	 * {@code LEFT JOIN}: every row of the left side, with {@code NULL}s where nothing
	 * matches.
	 */
	LEFT("LEFT JOIN"),

	/**
	 * {@code CROSS JOIN}: every pair of rows, without a condition; with a
	 * {@link LateralDerivedTable}, each left row with the subquery's rows for it.
	 */
	CROSS("CROSS JOIN");

	private final String sql;

	JoinType(String sql) {
		this.sql = sql;
	}

	/**
	 * The join keywords as written in SQL.
	 * @return the keywords, such as {@code LEFT JOIN}
	 */
	public String sql() {
		return this.sql;
	}

}
