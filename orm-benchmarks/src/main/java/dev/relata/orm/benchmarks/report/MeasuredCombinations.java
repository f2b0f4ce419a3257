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
	 * @return the combinations, in file order
	 * @throws IOException if a file cannot be read
	 */
	public static Set<Combination> read(List<Path> files) throws IOException {
		Set<Combination> combinations = new LinkedHashSet<>();
		for (Path file : files) {
			JmhResults.read(file)
				.results()
				.forEach((result) -> combinations
					.add(new Combination(result.database(), result.scenario(), result.size(), result.contender())));
		}
		return combinations;
	}

	/**
	 * One measured combination.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 */
	public record Combination(String database, String scenario, int size, String contender) {

	}

}
