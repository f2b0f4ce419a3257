package dev.relata.orm.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * A convention for {@code orm.relation.load} observations; implement it to rename or
 * retag them.
 */
public interface RelationLoadObservationConvention extends ObservationConvention<RelationLoadObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RelationLoadObservationContext;
	}

}
