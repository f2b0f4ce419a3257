package dev.relata.orm.internal.sql;

/**
 * The binary comparison operators.
 */
public enum ComparisonOperator {

	/**
	 * Equal: {@code =}.
	 */
	EQ("="),

	/**
	 * Not equal: {@code <>}.
	 */
	NE("<>"),

	/**
	 * Less than: {@code <}.
	 */
	LT("<"),

	/**
	 * Less than or equal: {@code <=}.
	 */
	LE("<="),

	/**
	 * Greater than: {@code >}.
	 */
	GT(">"),

	/**
	 * Greater than or equal: {@code >=}.
	 */
	GE(">="),

	/**
	 * Pattern match: {@code LIKE}.
	 */
	LIKE("LIKE"),

	/**
	 * Negated pattern match: {@code NOT LIKE}.
	 */
	NOT_LIKE("NOT LIKE"),

	/**
	 * {@code LIKE ? ESCAPE '!'}: the pattern's {@code !} escapes the next character, so
	 * {@code !%} and {@code !_} match themselves. The same escape character on every
	 * database (MariaDB's default, the backslash, is also a string escape there).
	 */
	LIKE_ESCAPED("LIKE");

	private final String sql;

	ComparisonOperator(String sql) {
		this.sql = sql;
	}

	/**
	 * The operator as written in SQL.
	 * @return the SQL operator, such as {@code <=}
	 */
	public String sql() {
		return this.sql;
	}

}
