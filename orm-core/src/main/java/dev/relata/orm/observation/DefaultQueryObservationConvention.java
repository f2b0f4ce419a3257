package dev.relata.orm.observation;

import io.micrometer.common.KeyValues;

/**
 * The default {@code orm.query} convention: the observation name {@code orm.query} and
 * the tags {@code orm.model} and {@code orm.operation}.
 */
public class DefaultQueryObservationConvention implements QueryObservationConvention {

	/**
	 * The observation name, also the name of the timer in metrics.
	 */
	public static final String NAME = "orm.query";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(QueryObservationContext context) {
		return "orm " + context.getOperation() + " " + context.getModel();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(QueryObservationContext context) {
		return KeyValues.of(OrmObservationDocumentation.QueryKeys.MODEL.withValue(context.getModel()),
				OrmObservationDocumentation.QueryKeys.OPERATION.withValue(context.getOperation()));
	}

}
