package dev.relata.orm.boot.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.migration.ForeignKeyDrift;
import dev.relata.orm.migration.ForeignKeyMigration;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Checks, once the database is migrated, that its foreign keys are the declared ones, and
 * fails startup with the differences when they are not
 * ({@code relata.orm.flyway.foreign-keys=validate}). Changes nothing.
 */
public final class ForeignKeysValidation implements InitializingBean {

	private final ForeignKeyMigration migration;

	private final DataSource dataSource;

	/**
	 * Creates the check.
	 * @param migration the declared foreign keys
	 * @param dataSource the database to check
	 */
	public ForeignKeysValidation(ForeignKeyMigration migration, DataSource dataSource) {
		this.migration = migration;
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		List<ForeignKeyDrift> drift;
		try (Connection connection = this.dataSource.getConnection()) {
			drift = this.migration.drift(connection);
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Relata could not check the database's foreign keys", ex);
		}
		if (!drift.isEmpty()) {
			throw new ForeignKeyDriftException(drift);
		}
	}

}
