package dev.relata.orm.boot.test.autoconfigure;

import dev.relata.orm.boot.test.query.QueryRecorder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link QueryRecorder} bean, which the starter hands to the
 * {@code Orm} with the other {@code StatementListener} beans. Imported by
 * {@link AutoConfigureQueryRecorder @AutoConfigureQueryRecorder} and
 * {@link OrmTest @OrmTest}, never by an application. The recorder is an AssertJ
 * {@code AssertProvider}: without AssertJ there is none.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.assertj.core.api.AssertProvider")
public final class QueryRecorderAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	QueryRecorder relataQueryRecorder() {
		return QueryRecorder.create();
	}

}
