package dev.relata.orm.boot.autoconfigure.actuate;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.boot.actuate.OrmHealthIndicator;
import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.verify.OrmVerificationAutoConfiguration;
import dev.relata.orm.boot.verify.RelationVerification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code orm} health contributor
 * ({@code management.health.orm.enabled}).
 */
@AutoConfiguration(after = { OrmAutoConfiguration.class, OrmVerificationAutoConfiguration.class })
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(Orm.class)
@ConditionalOnEnabledHealthIndicator("orm")
public final class OrmHealthContributorAutoConfiguration {

	/**
	 * The indicator checks the data source Relata works on: only when there is one.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(DataSource.class)
	static class DataSourceHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = { "ormHealthIndicator", "ormHealthContributor" })
		OrmHealthIndicator ormHealthIndicator(Orm orm, DataSource dataSource,
				ObjectProvider<RelationVerification> verification) {
			return new OrmHealthIndicator(orm.schema(), dataSource, verification::getIfAvailable);
		}

	}

}
