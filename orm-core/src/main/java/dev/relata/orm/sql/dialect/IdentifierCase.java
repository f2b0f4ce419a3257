package dev.relata.orm.sql.dialect;

import java.util.Locale;

/**
 * How a database stores unquoted identifiers, and so how Relata folds a schema name
 * before quoting it: a table created as {@code users} without quotes is {@code USERS} on
 * H2 and {@code users} on PostgreSQL.
 */
public enum IdentifierCase {

	/**
	 * Unquoted identifiers are stored upper-case (H2, the SQL standard).
	 */
	UPPER,

	/**
	 * Unquoted identifiers are stored lower-case (PostgreSQL).
	 */
	LOWER,

	/**
	 * Identifiers are stored as written (MariaDB, MySQL).
	 */
	AS_IS;

	/**
	 * Folds a name to this case, independent of the default locale.
	 * @param name the identifier as written in the schema
	 * @return the folded identifier
	 */
	public String fold(String name) {
		return switch (this) {
			case UPPER -> name.toUpperCase(Locale.ROOT);
			case LOWER -> name.toLowerCase(Locale.ROOT);
			case AS_IS -> name;
		};
	}

}
