package dev.relata.orm.sql.dialect;

import java.util.List;
import java.util.Locale;

import dev.relata.orm.exception.OrmUsageException;
import org.jspecify.annotations.Nullable;

/**
 * The supported dialects, and their detection from the product name and version a JDBC
 * driver reports. This is the only place where vendor names are compared.
 */
public final class Dialects {

	/**
	 * PostgreSQL (tested with 15).
	 */
	public static final Dialect POSTGRESQL = new PostgresDialect();

	/**
	 * MariaDB (tested with 10.11).
	 */
	public static final Dialect MARIADB = new MariaDbDialect();

	/**
	 * MySQL 8.
	 */
	public static final Dialect MYSQL = new MySqlDialect();

	/**
	 * H2 2.x in its regular mode (tested with 2.4).
	 */
	public static final Dialect H2 = new H2Dialect();

	private static final List<Dialect> ALL = List.of(POSTGRESQL, MARIADB, MYSQL, H2);

	private Dialects() {
	}

	/**
	 * All supported dialects, in a fixed order.
	 * @return the supported dialects
	 */
	public static List<Dialect> all() {
		return ALL;
	}

	/**
	 * Detects the dialect from what {@code DatabaseMetaData} reports. A MariaDB server
	 * reached through a MySQL driver reports product {@code MySQL} and a version
	 * containing {@code MariaDB}, and is detected as MariaDB.
	 * @param productName the database product name, such as {@code PostgreSQL}
	 * @param productVersion the database product version; may be {@code null} if unknown
	 * @return the matching dialect
	 * @throws OrmUsageException if the database is not supported; the message names the
	 * supported ones and how to set a dialect explicitly
	 */
	public static Dialect fromDatabaseProduct(String productName, @Nullable String productVersion) {
		String product = productName.trim().toLowerCase(Locale.ROOT);
		String version = (productVersion != null) ? productVersion.toLowerCase(Locale.ROOT) : "";
		if (product.equals("mariadb") || version.contains("mariadb")) {
			return MARIADB;
		}
		if (product.equals("mysql")) {
			return MYSQL;
		}
		if (product.equals("postgresql")) {
			return POSTGRESQL;
		}
		if (product.equals("h2")) {
			return H2;
		}
		throw new OrmUsageException("Unsupported database '" + productName + "' (version " + productVersion
				+ "); Relata supports PostgreSQL, MariaDB, MySQL and H2. If the database is compatible with one of them, "
				+ "set its dialect explicitly with Orm.builder(...).dialect(Dialects.POSTGRESQL) (or MARIADB, MYSQL, H2)");
	}

}
