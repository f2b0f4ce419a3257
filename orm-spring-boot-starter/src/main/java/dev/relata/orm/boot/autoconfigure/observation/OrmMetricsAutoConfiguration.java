package dev.relata.orm.boot.autoconfigure.observation;

import dev.relata.orm.observation.RelationBatchSizeMetricsHandler;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Relata's metrics beyond the timers that Spring Boot derives from
 * its observations: the distribution summary {@code orm.relation.batch.size} of parent
 * keys per batched relation statement. Needs micrometer-core and a {@link MeterRegistry}
 * (Spring Boot's metrics auto-configuration, with actuator); without them nothing is
 * recorded and nothing breaks.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class OrmMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RelationBatchSizeMetricsHandler relationBatchSizeMetricsHandler(MeterRegistry meterRegistry) {
		return new RelationBatchSizeMetricsHandler(meterRegistry);
	}

}
