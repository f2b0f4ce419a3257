package dev.relata.orm.sql.dialect;

/**
 * The transaction isolation levels a dialect names, for instance the one under which a
 * {@code SNAPSHOT} load reads every table as of its first statement. Relata's JDBC layer
 * maps each to its {@code java.sql.Connection} constant.
 */
public enum IsolationLevel {

	/**
	 * Each statement sees the data committed before it started.
	 */
	READ_COMMITTED("READ COMMITTED"),

	/**
	 * The transaction sees one snapshot, taken at its first statement.
	 */
	REPEATABLE_READ("REPEATABLE READ"),

	/**
	 * As if the transactions ran one after another.
	 */
	SERIALIZABLE("SERIALIZABLE");

	private final String sql;

	IsolationLevel(String sql) {
		this.sql = sql;
	}

	/**
	 * Returns the level as SQL names it.
	 * @return for example {@code REPEATABLE READ}
	 */
	public String sql() {
		return this.sql;
	}

}
