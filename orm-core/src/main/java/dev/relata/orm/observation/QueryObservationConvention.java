package dev.relata.orm.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * A convention for {@code orm.query} observations; implement it to rename or retag them.
 */
public interface QueryObservationConvention extends ObservationConvention<QueryObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof QueryObservationContext;
	}

}
