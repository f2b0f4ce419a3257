package dev.relata.orm.boot.actuate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.relata.orm.observation.RelationLoad;
import dev.relata.orm.observation.RelationLoadObservationContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Counts relation loads since startup by model, relation, the strategy that ran, the
 * strategy requested and the reason: an {@link ObservationHandler} of Relata's
 * {@code orm.relation.load} observations, which Spring Boot registers on its
 * {@code ObservationRegistry}. The {@code orm} actuator endpoint shows the counts.
 */
public final class RelationLoadStatistics implements ObservationHandler<RelationLoadObservationContext> {

	private final Map<RelationLoad, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void onStop(RelationLoadObservationContext context) {
		this.counts.computeIfAbsent(context.getLoad(), (load) -> new LongAdder()).increment();
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof RelationLoadObservationContext;
	}

	/**
	 * Returns the counts so far, ordered by model, relation, strategy and reason.
	 * @return one entry per distinct load
	 */
	public List<LoadCount> counts() {
		List<LoadCount> counts = new ArrayList<>();
		this.counts.forEach((load, count) -> counts.add(new LoadCount(load.model(), load.relation(), load.kind(),
				load.strategy(), load.requestedStrategy(), load.reason(), count.sum())));
		counts.sort(Comparator.comparing(LoadCount::model)
			.thenComparing(LoadCount::relation)
			.thenComparing(LoadCount::strategy)
			.thenComparing(LoadCount::requestedStrategy)
			.thenComparing(LoadCount::reason));
		return counts;
	}

	/**
	 * How often one relation was loaded one way.
	 *
	 * @param model the model the relation is defined on
	 * @param relation the relation
	 * @param kind the relation's kind
	 * @param strategy the strategy that ran: {@code join} or {@code batched}
	 * @param requestedStrategy the strategy requested: {@code auto}, {@code join} or
	 * {@code batched}
	 * @param reason why the strategy ran
	 * @param count the number of loads
	 */
	public record LoadCount(String model, String relation, String kind, String strategy, String requestedStrategy,
			String reason, long count) {
	}

}
