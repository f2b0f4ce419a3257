package dev.relata.orm.observation;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Records the number of parent keys of every batched relation statement in the
 * distribution summary {@code orm.relation.batch.size}, tagged like the relation load.
 * Register it on the {@code ObservationRegistry} given to Relata (the Spring Boot starter
 * does); needs {@code micrometer-core}.
 */
public class RelationBatchSizeMetricsHandler implements ObservationHandler<RelationLoadObservationContext> {

	/**
	 * The name of the distribution summary.
	 */
	public static final String NAME = "orm.relation.batch.size";

	private final MeterRegistry registry;

	/**
	 * Creates a handler recording into a meter registry.
	 * @param registry the meter registry
	 */
	public RelationBatchSizeMetricsHandler(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onStop(RelationLoadObservationContext context) {
		if (context.getBatchSizes().isEmpty()) {
			return;
		}
		RelationLoad load = context.getLoad();
		DistributionSummary summary = DistributionSummary.builder(NAME)
			.description("Parent keys per batched relation statement")
			.baseUnit("keys")
			.tags(Tags.of("orm.model", load.model(), "orm.relation", load.relation(), "orm.relation.kind", load.kind(),
					"orm.strategy.reason", load.reason()))
			.register(this.registry);
		context.getBatchSizes().forEach(summary::record);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof RelationLoadObservationContext;
	}

}
