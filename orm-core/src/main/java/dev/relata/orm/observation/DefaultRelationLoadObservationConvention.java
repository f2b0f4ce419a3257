package dev.relata.orm.observation;

import io.micrometer.common.KeyValues;

import dev.relata.orm.observation.OrmObservationDocumentation.RelationLoadKeys;

/**
 * The default {@code orm.relation.load} convention: tags {@code orm.model},
 * {@code orm.relation}, {@code orm.relation.kind}, {@code orm.strategy},
 * {@code orm.strategy.requested} and {@code orm.strategy.reason}, all of low cardinality.
 */
public class DefaultRelationLoadObservationConvention implements RelationLoadObservationConvention {

	/**
	 * The observation name, also the name of the timer in metrics.
	 */
	public static final String NAME = "orm.relation.load";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(RelationLoadObservationContext context) {
		return "orm load " + context.getLoad().model() + "." + context.getLoad().relation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RelationLoadObservationContext context) {
		RelationLoad load = context.getLoad();
		return KeyValues.of(RelationLoadKeys.MODEL.withValue(load.model()),
				RelationLoadKeys.RELATION.withValue(load.relation()), RelationLoadKeys.KIND.withValue(load.kind()),
				RelationLoadKeys.STRATEGY.withValue(load.strategy()),
				RelationLoadKeys.REQUESTED_STRATEGY.withValue(load.requestedStrategy()),
				RelationLoadKeys.REASON.withValue(load.reason()));
	}

}
