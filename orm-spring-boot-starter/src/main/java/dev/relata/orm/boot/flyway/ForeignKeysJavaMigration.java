package dev.relata.orm.boot.flyway;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import dev.relata.orm.migration.ForeignKeyMigration;
import dev.relata.orm.migration.ForeignKeyMigrationResult;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.function.SingletonSupplier;

/**
 * The foreign keys of Relata's relations as a repeatable Flyway migration, described as
 * {@value #DESCRIPTION} in Flyway's history. It runs after the application's versioned
 * migrations, and again whenever the declared foreign keys change, because its checksum
 * is that of their DDL for the database. Each run brings the database to the declared
 * foreign keys: it adds the missing ones, replaces the changed ones and drops the ones it
 * created that are no longer declared.
 * <p>
 * It runs outside a transaction, one statement at a time, so that on PostgreSQL a new
 * constraint is added {@code NOT VALID} and validated by a second statement that does not
 * block writes.
 */
public final class ForeignKeysJavaMigration implements JavaMigration {

	/**
	 * The migration's description in Flyway's history; its script is this class's name.
	 */
	public static final String DESCRIPTION = "relata foreign keys";

	private static final Log logger = LogFactory.getLog(ForeignKeysJavaMigration.class);

	private final ForeignKeyMigration migration;

	private final SingletonSupplier<Dialect> dialect;

	/**
	 * Creates the migration.
	 * @param migration the foreign keys to migrate to
	 * @param dataSource the database whose dialect the checksum is rendered for, asked
	 * once, when Flyway first resolves the migration
	 */
	public ForeignKeysJavaMigration(ForeignKeyMigration migration, DataSource dataSource) {
		this.migration = migration;
		this.dialect = SingletonSupplier.of(() -> detect(dataSource));
	}

	private static Dialect detect(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData metaData) -> Dialects
				.fromDatabaseProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion()));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Relata could not read the database metadata to detect its dialect", ex);
		}
	}

	@Override
	public @Nullable MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return DESCRIPTION;
	}

	@Override
	public Integer getChecksum() {
		return this.migration.checksum(this.dialect.obtain());
	}

	@Override
	public boolean canExecuteInTransaction() {
		return false;
	}

	@Override
	public void migrate(Context context) {
		ForeignKeyMigrationResult result = this.migration.apply(context.getConnection());
		logger.info("Relata foreign keys: added " + result.added() + ", replaced " + result.replaced() + ", dropped "
				+ result.dropped() + ", indexed " + result.indexed());
	}

}
