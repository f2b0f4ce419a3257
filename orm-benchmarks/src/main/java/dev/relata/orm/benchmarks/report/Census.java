package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A statement census as {@code StatementCensus} writes it: per combination the statements
 * and rows of one load, or why the library refuses the combination (a "not supported yet"
 * cell of the report).
 *
 * @param counts the counts by {@link BenchmarkResult#key()}
 * @param refusals the combinations the library refuses
 */
record Census(Map<String, LoadCounts> counts, List<Refusal> refusals) {

	/**
	 * An empty census.
	 */
	static final Census NONE = new Census(Map.of(), List.of());

	/**
	 * Reads a census file: a JSON array of objects with {@code database},
	 * {@code scenario}, {@code size}, {@code contender}, {@code statements}, {@code rows}
	 * and, for a refused combination, {@code refused}.
	 * @param file the file
	 * @return the census
	 * @throws IOException if the file cannot be read
	 */
	static Census read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Parses the content of a census file.
	 * @param json the JSON text
	 * @return the census
	 * @throws IllegalArgumentException if the text is not a census
	 */
	static Census parse(String json) {
		List<Entry> entries = ReportJson.read(json, new TypeReference<List<Entry>>() {
		}, "a statement census (a JSON array of counts)");
		Map<String, LoadCounts> counts = new LinkedHashMap<>();
		List<Refusal> refusals = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.refused() != null) {
				refusals.add(new Refusal(entry.database(), entry.scenario(), entry.size(), entry.contender(),
						entry.refused()));
			}
			else {
				counts.put(BenchmarkResult.key(entry.database(), entry.scenario(), entry.size(), entry.contender()),
						new LoadCounts(entry.statements(), entry.rows()));
			}
		}
		return new Census(Map.copyOf(counts), List.copyOf(refusals));
	}

	/**
	 * Returns this census with another's entries added.
	 * @param other the other census
	 * @return both
	 */
	Census plus(Census other) {
		Map<String, LoadCounts> counts = new LinkedHashMap<>(this.counts);
		counts.putAll(other.counts);
		List<Refusal> refusals = new ArrayList<>(this.refusals);
		refusals.addAll(other.refusals);
		return new Census(Map.copyOf(counts), List.copyOf(refusals));
	}

	/**
	 * A combination the library refuses when it plans it: a "not supported yet" cell.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 * @param message the library's message
	 */
	record Refusal(String database, String scenario, int size, String contender, String message) {

	}

	/**
	 * One element of a census file.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 * @param statements statements executed by one load
	 * @param rows nodes of the load's key tree
	 * @param refused why the library refuses the combination, or {@code null}
	 */
	record Entry(String database, String scenario, int size, String contender, long statements, long rows,
			@Nullable String refused) {

	}

}
