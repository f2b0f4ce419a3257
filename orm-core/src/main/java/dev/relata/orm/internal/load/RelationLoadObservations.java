package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.internal.observation.RelationLoadObservation;
import dev.relata.orm.observation.RelationLoad;
import dev.relata.orm.schema.Relation;

/**
 * Observes relation loads as {@code orm.relation.load}: every statement of a load runs
 * through {@link #observe}, which starts one observation per relation the statement
 * reads, records a failure on each and stops each, in one place.
 */
final class RelationLoadObservations {

	private final OrmObservations observations;

	RelationLoadObservations(OrmObservations observations) {
		this.observations = observations;
	}

	/**
	 * Runs work while the relation loads are observed, in the given order.
	 * @param loads the relation loads the work reads
	 * @param work the work, given the started observations in the same order
	 * @return the work's result
	 */
	<T> T observe(List<PlannedLoad> loads, Function<List<RelationLoadObservation>, T> work) {
		List<RelationLoadObservation> started = new ArrayList<>(loads.size());
		for (PlannedLoad load : loads) {
			started.add(this.observations.relationLoad(relationLoad(load)));
		}
		try {
			return work.apply(started);
		}
		catch (RuntimeException ex) {
			started.forEach((observation) -> observation.error(ex));
			throw ex;
		}
		finally {
			started.forEach(RelationLoadObservation::stop);
		}
	}

	private static RelationLoad relationLoad(PlannedLoad load) {
		Relation relation = load.relation();
		return new RelationLoad(relation.source().name(), relation.name(), relation.kind().label(),
				load.strategy.label(), load.requested().label(), load.reason.code());
	}

}
