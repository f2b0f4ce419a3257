package dev.relata.orm.sql.dialect;

/**
 * MySQL (8 and later): the MySQL family's syntax. Not tested against a server in this
 * project.
 */
final class MySqlDialect extends MySqlFamilyDialect {

	@Override
	public String name() {
		return "MySQL";
	}

}
