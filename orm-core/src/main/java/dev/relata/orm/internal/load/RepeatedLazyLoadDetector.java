package dev.relata.orm.internal.load;

import java.util.HashMap;
import java.util.Map;

import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.observation.OrmObservations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Notices a relation read lazily ({@code related(...)}) over and over within one scope
 * (the current transaction, else the thread): at the threshold it logs one warning naming
 * the relation and the fix ({@code load("...")}) and records an
 * {@code orm.relation.lazy.repeated} observation. Counting happens only in
 * {@code related()}, never while loading rows.
 */
public final class RepeatedLazyLoadDetector {

	/** The category docs/filters-and-soft-deletes.md names; users configure it. */
	static final String LOG_CATEGORY = "dev.relata.orm.load.RepeatedLazyLoadDetector";

	private static final Log logger = LogFactory.getLog(LOG_CATEGORY);

	private final int threshold;

	private final OrmObservations observations;

	private final ThreadLocal<Map<String, Integer>> threadCounts = ThreadLocal.withInitial(HashMap::new);

	/**
	 * Creates a detector.
	 * @param threshold the number of lazy reads of one relation in one scope that
	 * triggers the warning; 0 turns detection off
	 * @param observations where the repeated reads are recorded
	 */
	public RepeatedLazyLoadDetector(int threshold, OrmObservations observations) {
		this.threshold = threshold;
		this.observations = observations;
	}

	/**
	 * Counts one lazy read of a relation.
	 * @param model the simple name of the model the relation is defined on
	 * @param relation the relation's name
	 */
	public void read(String model, String relation) {
		if (this.threshold <= 0) {
			return;
		}
		boolean inTransaction = JdbcTransactions.synchronizationActive();
		Map<String, Integer> counts = inTransaction ? transactionCounts() : this.threadCounts.get();
		int count = counts.merge(model + "." + relation, 1, Integer::sum);
		if (count == this.threshold) {
			logger.warn(model + "." + relation + " was read lazily with related(...) " + count + " times in one "
					+ (inTransaction ? "transaction" : "thread") + "; load it with the parents instead, "
					+ "query().load(\"" + relation + "\"), which reads it in one or two statements");
			this.observations.lazyLoadRepeated(model, relation);
		}
	}

	private Map<String, Integer> transactionCounts() {
		return JdbcTransactions.boundToTransaction(this, HashMap::new);
	}

}
