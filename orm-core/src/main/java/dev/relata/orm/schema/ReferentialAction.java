package dev.relata.orm.schema;

/**
 * What the database does to rows holding a foreign key when the referenced row is deleted
 * or its key updated.
 */
public enum ReferentialAction {

	/**
	 * Delete (or update) the referencing rows too.
	 */
	CASCADE("CASCADE"),

	/**
	 * Refuse the change while referencing rows exist, checked at once.
	 */
	RESTRICT("RESTRICT"),

	/**
	 * Set the referencing foreign key to NULL.
	 */
	SET_NULL("SET NULL"),

	/**
	 * Set the referencing foreign key to its column default. Not enforced by MariaDB, so
	 * refused there.
	 */
	SET_DEFAULT("SET DEFAULT"),

	/**
	 * Refuse the change while referencing rows exist, checked at the end of the
	 * statement.
	 */
	NO_ACTION("NO ACTION");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/**
	 * Returns the action as written in DDL.
	 * @return for example {@code SET NULL}
	 */
	public String sql() {
		return this.sql;
	}

}
