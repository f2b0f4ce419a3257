package dev.relata.sample.seed;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3, {@code seed blog}: inserts {@link BlogSeed}'s rows with JDBC
 * batches, after the tables (1) and before Relata adds the foreign keys, with explicit
 * keys below {@link BlogSeed#FIRST_GENERATED_KEY}. Spring Boot adds every
 * {@link JavaMigration} bean to its Flyway. Its checksum is that of the rows, so Flyway's
 * validation notices when the generator changes.
 */
@Component
public class SeedBlogMigration implements JavaMigration {

	private static final int BATCH_SIZE = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3");
	}

	@Override
	public String getDescription() {
		return "seed blog";
	}

	@Override
	public Integer getChecksum() {
		int checksum = 1;
		for (SeedTable table : BlogSeed.tables()) {
			checksum = 31 * checksum + table.insert().hashCode();
			for (Object[] row : table.rows()) {
				checksum = 31 * checksum + Arrays.hashCode(row);
			}
		}
		return checksum;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		for (SeedTable table : BlogSeed.tables()) {
			insert(jdbc, table);
		}
	}

	private static void insert(JdbcTemplate jdbc, SeedTable table) {
		List<Object[]> rows = table.rows();
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			jdbc.batchUpdate(table.insert(), rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)),
					table.types());
		}
	}

}
