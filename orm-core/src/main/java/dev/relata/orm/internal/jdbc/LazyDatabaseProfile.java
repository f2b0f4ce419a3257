package dev.relata.orm.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.sql.dialect.IdentifierCase;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import dev.relata.orm.internal.sql.DatabaseProfile;

/**
 * The {@link DatabaseProfile} of a data source, read from its {@link DatabaseMetaData} on
 * first use and kept: creating an {@code Orm} never opens a connection. An explicitly
 * configured dialect skips product detection; the identifier case is always read from the
 * database.
 */
public final class LazyDatabaseProfile implements Supplier<DatabaseProfile> {

	private final DataSource dataSource;

	private final @Nullable Dialect explicitDialect;

	private final Consumer<Dialect> dialectCheck;

	private volatile @Nullable DatabaseProfile profile;

	/**
	 * Creates a profile that is detected on first use.
	 * @param dataSource the database
	 * @param explicitDialect the dialect to use, or {@code null} to detect it
	 * @param dialectCheck checks that the schema suits the dialect once it is known;
	 * throws to refuse it
	 */
	public LazyDatabaseProfile(DataSource dataSource, @Nullable Dialect explicitDialect,
			Consumer<Dialect> dialectCheck) {
		this.dataSource = dataSource;
		this.explicitDialect = explicitDialect;
		this.dialectCheck = dialectCheck;
	}

	/**
	 * Returns the profile, reading the database's metadata the first time.
	 * @return the profile
	 */
	@Override
	public DatabaseProfile get() {
		DatabaseProfile result = this.profile;
		if (result == null) {
			synchronized (this) {
				result = this.profile;
				if (result == null) {
					result = detect();
					this.dialectCheck.accept(result.dialect());
					this.profile = result;
				}
			}
		}
		return result;
	}

	private DatabaseProfile detect() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			Dialect dialect = (this.explicitDialect != null) ? this.explicitDialect : Dialects
				.fromDatabaseProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
			return new DatabaseProfile(dialect, identifierCase(metaData));
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Relata could not read the database metadata", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	static IdentifierCase identifierCase(DatabaseMetaData metaData) throws SQLException {
		if (metaData.storesUpperCaseIdentifiers()) {
			return IdentifierCase.UPPER;
		}
		if (metaData.storesLowerCaseIdentifiers()) {
			return IdentifierCase.LOWER;
		}
		return IdentifierCase.AS_IS;
	}

}
