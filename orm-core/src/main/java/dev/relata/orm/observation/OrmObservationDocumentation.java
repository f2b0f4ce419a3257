package dev.relata.orm.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations Relata records, with their names and low-cardinality tags.
 */
public enum OrmObservationDocumentation implements ObservationDocumentation {

	/**
	 * One SQL statement run by Relata: a timer {@code orm.query} tagged with the model
	 * and the operation.
	 */
	QUERY {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultQueryObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return QueryKeys.values();
		}
	};

	/**
	 * Low-cardinality tags of {@link #QUERY}.
	 */
	public enum QueryKeys implements KeyName {

		/**
		 * The simple name of the model the statement reads or writes.
		 */
		MODEL {
			@Override
			public String asString() {
				return "orm.model";
			}
		},

		/**
		 * The kind of statement: {@code select}, {@code insert}, {@code update} or
		 * {@code delete}.
		 */
		OPERATION {
			@Override
			public String asString() {
				return "orm.operation";
			}
		}

	}

}
