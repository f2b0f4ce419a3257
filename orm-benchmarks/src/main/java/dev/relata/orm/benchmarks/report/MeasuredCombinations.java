package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The combinations (database, scenario, size, contender) that JMH result files hold, so
 * that the statement census counts what was measured and nothing else (a combination left
 * out of a run, or stopped because one load took minutes, is not loaded again).
 */
public final class MeasuredCombinations {

	private MeasuredCombinations() {
	}

	/**
	 * Reads the combinations of JMH JSON result files.
	 * @param files the result files
	 * @return the keys, as {@link #key} makes them
	 * @throws IOException if a file cannot be read
	 */
	public static Set<String> read(List<Path> files) throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		for (Path file : files) {
			JmhResults.read(file).results().forEach((result) -> keys.add(result.key()));
		}
		return keys;
	}

	/**
	 * Returns the key of one combination.
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 * @return {@code database/scenario/size/contender}
	 */
	public static String key(String database, String scenario, int size, String contender) {
		return BenchmarkResult.key(database, scenario, size, contender);
	}

}
