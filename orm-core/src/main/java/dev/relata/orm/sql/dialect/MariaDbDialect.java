package dev.relata.orm.sql.dialect;

/**
 * MariaDB (10.5 and later): the MySQL family's syntax, and a bulk protocol that cannot
 * batch {@code INSERT ... SELECT}.
 */
final class MariaDbDialect extends MySqlFamilyDialect {

	@Override
	public String name() {
		return "MariaDB";
	}

	@Override
	public boolean batchesInsertSelect() {
		return false;
	}

}
