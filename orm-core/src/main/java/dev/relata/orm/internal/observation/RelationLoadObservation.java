package dev.relata.orm.internal.observation;

/**
 * A started {@code orm.relation.load} observation.
 */
public interface RelationLoadObservation extends OrmObservations.StatementObservation {

	/**
	 * An observation that records nothing.
	 */
	RelationLoadObservation NOOP = new RelationLoadObservation() {
		@Override
		public void batch(int keys) {
		}

		@Override
		public void error(Throwable failure) {
		}

		@Override
		public void stop() {
		}
	};

	/**
	 * Records one batched statement and its number of parent keys.
	 * @param keys the number of distinct parent keys the statement sends
	 */
	void batch(int keys);

}
