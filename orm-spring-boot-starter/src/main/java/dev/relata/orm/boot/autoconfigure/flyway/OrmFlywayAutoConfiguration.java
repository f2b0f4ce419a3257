package dev.relata.orm.boot.autoconfigure.flyway;

import javax.sql.DataSource;

import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.flyway.ForeignKeysJavaMigration;
import dev.relata.orm.boot.flyway.ForeignKeysValidation;
import dev.relata.orm.boot.flyway.UnusedForeignKeysMigrationWarning;
import dev.relata.orm.migration.ForeignKeyMigration;
import dev.relata.orm.schema.OrmSchema;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of Relata's foreign keys with Flyway: by default
 * ({@code relata.orm.flyway.foreign-keys=apply}) a repeatable migration that brings the
 * database's foreign keys to the declared ones; with {@code validate}, a check after the
 * migrations that fails startup on drift; with {@code off}, nothing.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass({ Flyway.class, FlywayAutoConfiguration.class })
@ConditionalOnBean(OrmSchema.class)
@ConditionalOnSingleCandidate(DataSource.class)
public final class OrmFlywayAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ForeignKeyMigration relataForeignKeyMigration(OrmSchema schema) {
		return ForeignKeyMigration.of(schema);
	}

	/**
	 * Keeps the startup checks eager under {@code spring.main.lazy-initialization=true}.
	 */
	@Bean
	static LazyInitializationExcludeFilter relataForeignKeyChecksEagerly() {
		return LazyInitializationExcludeFilter.forBeanTypes(ForeignKeysValidation.class,
				UnusedForeignKeysMigrationWarning.class);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "relata.orm.flyway.foreign-keys", havingValue = "apply", matchIfMissing = true)
	@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
	static class ApplyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ForeignKeysJavaMigration relataForeignKeysMigration(ForeignKeyMigration migration, DataSource dataSource) {
			return new ForeignKeysJavaMigration(migration, dataSource);
		}

		@Bean
		UnusedForeignKeysMigrationWarning relataUnusedForeignKeysMigrationWarning(ListableBeanFactory beanFactory,
				ForeignKeysJavaMigration migration) {
			return new UnusedForeignKeysMigrationWarning(beanFactory, migration);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "relata.orm.flyway.foreign-keys", havingValue = "validate")
	static class ValidateConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ForeignKeysValidation relataForeignKeysValidation(ForeignKeyMigration migration, DataSource dataSource) {
			return new ForeignKeysValidation(migration, dataSource);
		}

	}

}
