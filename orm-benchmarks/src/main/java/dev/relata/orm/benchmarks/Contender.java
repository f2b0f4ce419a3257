package dev.relata.orm.benchmarks;

import java.util.Optional;

/**
 * One way of loading a scenario's graph: hand-written JDBC, a Relata strategy, Hibernate
 * or jOOQ. A contender returns its natural types from {@link #load} (what its user would
 * get: records, entities, jOOQ records) and normalizes them with {@link #keyTree}, so
 * every contender is checked against the JDBC baseline before anything is timed.
 * Contenders share one pool and one data set; a contender that owns resources (an
 * {@code EntityManagerFactory}, say) releases them in {@link #close()}.
 */
public interface Contender extends AutoCloseable {

	/**
	 * Returns whether this contender runs a scenario at a parent-set size (the naive N+1
	 * loop stops at {@value NPlusOneContender#MAX_PARENTS} parents).
	 * @param scenario the scenario
	 * @param parents the parent-set size
	 * @return whether to run it
	 */
	default boolean supports(Scenario scenario, int parents) {
		return true;
	}

	/**
	 * Returns why the library refuses a combination it is asked for, when it does: a
	 * feature the library does not support yet (Relata refusing a JOIN under a JOINed
	 * to-many). A refused combination is reported as "not supported yet" rather than as a
	 * failure, and is measured as soon as the library stops refusing it. Decided without
	 * running SQL.
	 * @param scenario the scenario
	 * @param parents the parent-set size
	 * @return the library's message, empty when it runs the combination
	 */
	default Optional<String> refusal(Scenario scenario, int parents) {
		return Optional.empty();
	}

	/**
	 * Loads a scenario's graph for the first {@code parents} parents, chosen by the
	 * scenario's query shape.
	 * @param scenario the scenario
	 * @param parents the parent-set size
	 * @return the result in this contender's natural types
	 */
	Object load(Scenario scenario, int parents);

	/**
	 * Normalizes a result of {@link #load}.
	 * @param scenario the scenario it was loaded for
	 * @param result the result
	 * @return its key tree
	 */
	KeyTree keyTree(Scenario scenario, Object result);

	/**
	 * Releases what this contender owns; the shared pool is not its to close.
	 */
	@Override
	default void close() {
	}

}
