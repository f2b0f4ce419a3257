package dev.relata.orm.boot.autoconfigure.verify;

import javax.sql.DataSource;

import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.OrmProperties;
import dev.relata.orm.boot.verify.RelationVerification;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.verify.RelationVerifier;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the relation verifier at startup ({@code relata.orm.verify.mode},
 * default {@code warn}).
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnBean(OrmSchema.class)
@ConditionalOnSingleCandidate(DataSource.class)
public final class OrmVerificationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RelationVerifier relataRelationVerifier(OrmSchema schema) {
		return RelationVerifier.of(schema);
	}

	@Bean
	@ConditionalOnMissingBean
	RelationVerification relataRelationVerification(RelationVerifier verifier, DataSource dataSource,
			OrmProperties properties) {
		return new RelationVerification(verifier, dataSource, properties.getVerify().getMode());
	}

	/**
	 * Keeps the startup verification eager under
	 * {@code spring.main.lazy-initialization=true}: it must run at startup, not on a
	 * request thread when the actuator first asks for it.
	 */
	@Bean
	static LazyInitializationExcludeFilter relataRelationVerificationEagerly() {
		return LazyInitializationExcludeFilter.forBeanTypes(RelationVerification.class);
	}

}
