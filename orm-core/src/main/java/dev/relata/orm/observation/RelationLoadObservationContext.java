package dev.relata.orm.observation;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;

/**
 * The context of one relation load at one level: the relation, the strategy that ran, the
 * strategy requested, why, and the number of parent keys of each batched statement.
 */
public final class RelationLoadObservationContext extends Observation.Context {

	private final RelationLoad load;

	private final List<Integer> batchSizes = new ArrayList<>();

	/**
	 * Creates the context of one relation load; Relata creates it when the load starts.
	 * @param load what is loaded and how
	 */
	public RelationLoadObservationContext(RelationLoad load) {
		this.load = load;
	}

	/**
	 * Returns what is loaded and how.
	 * @return the relation load
	 */
	public RelationLoad getLoad() {
		return this.load;
	}

	/**
	 * Returns the number of parent keys sent by each batched statement, in order; empty
	 * for a joined relation.
	 * @return the batch sizes
	 */
	public List<Integer> getBatchSizes() {
		return List.copyOf(this.batchSizes);
	}

	/**
	 * Records the number of parent keys one batched statement sent; called by Relata as
	 * each statement runs.
	 * @param size the number of parent keys
	 */
	public void addBatchSize(int size) {
		this.batchSizes.add(size);
	}

}
