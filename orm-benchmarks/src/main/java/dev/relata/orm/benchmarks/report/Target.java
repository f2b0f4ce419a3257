package dev.relata.orm.benchmarks.report;

import java.util.List;
import java.util.Optional;

/**
 * One of the targets, judged cell by cell (a database, scenario and parent-set
 * size) on the measured results: a benchmark result, not a test.
 */
interface Target {

	/**
	 * Returns the target as the report states it, e.g.
	 * {@code AUTO's time / JDBC's time, at 100 parents and more: at most 1.20}.
	 * @return the title
	 */
	String title();

	/**
	 * Returns what the report shows under the title (how the cells read), or an empty
	 * string.
	 * @return the note
	 */
	default String note() {
		return "";
	}

	/**
	 * Judges one cell.
	 * @param table the results of a database and scenario
	 * @param size the parent-set size
	 * @return the judgement, or empty when the target does not judge this cell (a size
	 * below its range, a scenario it is not about, a missing result)
	 */
	Optional<Judgement> judge(ScenarioTable table, int size);

	/**
	 * Returns a judgement's cell text: the value, bold on a miss, with {@code (±)} when
	 * JMH's error still reaches the target.
	 * @param judgement the judgement
	 * @return the markdown
	 */
	static String cell(Judgement judgement) {
		return switch (judgement.verdict()) {
			case MET, NOT_JUDGED -> judgement.value();
			case WITHIN_ERROR -> "**" + judgement.value() + "** (±)";
			case MISSED -> "**" + judgement.value() + "**";
		};
	}

	/**
	 * The verdict of one cell.
	 */
	enum Verdict {

		/**
		 * The value meets the target.
		 */
		MET,

		/**
		 * The value misses the target, but JMH's error (99.9%) still reaches it.
		 */
		WITHIN_ERROR,

		/**
		 * The value misses the target, beyond JMH's error.
		 */
		MISSED,

		/**
		 * Shown for information, not judged (a size below the target's range).
		 */
		NOT_JUDGED

	}

	/**
	 * The value a target judged a cell on, its verdict, and the contenders whose times it
	 * compared.
	 *
	 * @param value the value as shown, e.g. {@code 1.07} or {@code 1.03 (BATCHED)}
	 * @param verdict the verdict
	 * @param timed the contenders whose times the value compares (none for a value that
	 * is no time)
	 */
	record Judgement(String value, Verdict verdict, List<String> timed) {

		/**
		 * A judgement of a value that is no time.
		 * @param value the value as shown
		 * @param verdict the verdict
		 */
		Judgement(String value, Verdict verdict) {
			this(value, verdict, List.of());
		}

	}

}
