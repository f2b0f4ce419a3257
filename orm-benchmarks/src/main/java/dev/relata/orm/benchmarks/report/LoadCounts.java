package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one load of a combination executes and returns, as {@code StatementCensus} counted
 * it.
 *
 * @param statements the statements one load executes
 * @param rows the rows one load returns (nodes of its key tree)
 */
record LoadCounts(long statements, long rows) {

	/**
	 * Reads a census file: a JSON array of objects with {@code database},
	 * {@code scenario}, {@code size}, {@code contender}, {@code statements} and
	 * {@code rows}.
	 * @param file the file
	 * @return the counts by {@link BenchmarkResult#key()}
	 * @throws IOException if the file cannot be read
	 */
	static Map<String, LoadCounts> read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Parses the content of a census file.
	 * @param json the JSON text
	 * @return the counts by {@link BenchmarkResult#key()}
	 */
	static Map<String, LoadCounts> parse(String json) {
		if (!(JsonReader.parse(json) instanceof List<?> entries)) {
			throw new IllegalArgumentException("Not a statement census: expected a JSON array");
		}
		Map<String, LoadCounts> counts = new LinkedHashMap<>();
		for (Object entry : entries) {
			if (!(entry instanceof Map<?, ?> map)) {
				throw new IllegalArgumentException("Not a statement census: an entry is not an object");
			}
			String key = BenchmarkResult.key(String.valueOf(map.get("database")), String.valueOf(map.get("scenario")),
					number(map, "size").intValue(), String.valueOf(map.get("contender")));
			counts.put(key, new LoadCounts(number(map, "statements").longValue(), number(map, "rows").longValue()));
		}
		return counts;
	}

	private static Number number(Map<?, ?> map, String name) {
		if (map.get(name) instanceof Number number) {
			return number;
		}
		throw new IllegalArgumentException("Not a statement census: '" + name + "' is not a number in " + map);
	}

}
