package dev.relata.orm.boot.autoconfigure.actuate;

import dev.relata.orm.Orm;
import dev.relata.orm.boot.actuate.OrmEndpoint;
import dev.relata.orm.boot.actuate.RelationLoadStatistics;
import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.verify.OrmVerificationAutoConfiguration;
import dev.relata.orm.boot.verify.RelationVerification;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code orm} actuator endpoint, when the endpoint is available
 * (enabled and exposed) and Relata is configured.
 */
@AutoConfiguration(after = { OrmAutoConfiguration.class, OrmVerificationAutoConfiguration.class })
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnSingleCandidate(Orm.class)
@ConditionalOnAvailableEndpoint(OrmEndpoint.class)
public final class OrmEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RelationLoadStatistics relataRelationLoadStatistics() {
		return new RelationLoadStatistics();
	}

	@Bean
	@ConditionalOnMissingBean
	OrmEndpoint ormEndpoint(Orm orm, RelationLoadStatistics statistics,
			ObjectProvider<RelationVerification> verification) {
		return new OrmEndpoint(orm, statistics, verification::getIfAvailable);
	}

}
