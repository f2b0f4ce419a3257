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
	},

	/**
	 * One relation loaded at one level: a timer {@code orm.relation.load} tagged with the
	 * model, the relation, its kind, the strategy that ran, the strategy requested and
	 * the reason.
	 */
	RELATION_LOAD {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRelationLoadObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return RelationLoadKeys.values();
		}
	};

	/**
	 * Low-cardinality tags of {@link #RELATION_LOAD}.
	 */
	public enum RelationLoadKeys implements KeyName {

		/**
		 * The simple name of the model the relation is defined on.
		 */
		MODEL("orm.model"),

		/**
		 * The relation's name.
		 */
		RELATION("orm.relation"),

		/**
		 * The relation's kind: {@code hasOne}, {@code hasMany}, {@code belongsTo},
		 * {@code manyToMany}.
		 */
		KIND("orm.relation.kind"),

		/**
		 * The strategy that ran: {@code join} or {@code batched}.
		 */
		STRATEGY("orm.strategy"),

		/**
		 * The strategy requested: {@code auto}, {@code join} or {@code batched}.
		 */
		REQUESTED_STRATEGY("orm.strategy.requested"),

		/**
		 * Why the strategy ran, such as {@code single-parent} or {@code cartesian-guard}.
		 */
		REASON("orm.strategy.reason");

		private final String name;

		RelationLoadKeys(String name) {
			this.name = name;
		}

		@Override
		public String asString() {
			return this.name;
		}

	}

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
