package dev.relata.orm.benchmarks.hibernate;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;

/**
 * Hibernate's {@link MariaDBDialect}, except that a table's {@code schema} qualifies its
 * name. MariaDB calls its databases catalogs, so the stock dialect drops a
 * {@code @Table(schema = ...)} and reads the connection's current database: the entities'
 * {@code relata_chinook} tables would be looked for in {@code relata_bench}. MariaDB
 * reads {@code relata_chinook.track} as database {@code relata_chinook}, table
 * {@code track}, which is what the entities mean on every database. Everything else is
 * the stock dialect's.
 */
public class MariaDbSchemaDialect extends MariaDBDialect {

	/**
	 * For Hibernate, with the version of the database it connects to.
	 * @param info what Hibernate read from the connection
	 */
	public MariaDbSchemaDialect(DialectResolutionInfo info) {
		super(info);
	}

	/**
	 * For Hibernate, without a connection.
	 */
	public MariaDbSchemaDialect() {
		super(DatabaseVersion.make(10, 11));
	}

	@Override
	public NameQualifierSupport getNameQualifierSupport() {
		return NameQualifierSupport.SCHEMA;
	}

}
