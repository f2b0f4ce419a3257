package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;

/**
 * AUTO's bytes allocated per loaded row in an earlier run, per database, scenario and
 * size: what {@link AllocationTarget} compares a run with. Read from and written to a
 * JSON file ({@code orm-benchmarks/allocation-baseline.json} holds the run before issue
 * 14's loading work); {@code BenchmarkReport --save-allocation-baseline FILE} writes one
 * from a run.
 *
 * @param description where the figures come from, as the report states it
 * @param entries the figures
 */
record AllocationBaseline(String description, List<Entry> entries) {

	/**
	 * No baseline: the allocation target judges nothing.
	 */
	static final AllocationBaseline NONE = new AllocationBaseline("none", List.of());

	/**
	 * Reads a baseline file.
	 * @param file the file
	 * @return the baseline
	 * @throws IOException if the file cannot be read
	 */
	static AllocationBaseline read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Parses a baseline: an object with {@code description} and {@code entries}, each
	 * with {@code database}, {@code scenario}, {@code size} and {@code bytesPerRow}.
	 * @param json the JSON text
	 * @return the baseline
	 */
	static AllocationBaseline parse(String json) {
		return ReportJson.read(json, new TypeReference<AllocationBaseline>() {
		}, "an allocation baseline (an object with description and entries)");
	}

	/**
	 * Makes a baseline of a run: AUTO's bytes per loaded row in every cell that has them.
	 * @param tables the run's tables
	 * @param description where the figures come from
	 * @return the baseline
	 */
	static AllocationBaseline of(List<ScenarioTable> tables, String description) {
		List<Entry> entries = new ArrayList<>();
		for (ScenarioTable table : tables) {
			for (int size : table.sizes()) {
				table.result(size, AllocationTarget.CONTENDER)
					.flatMap(BenchmarkResult::allocatedBytesPerRow)
					.ifPresent((bytes) -> entries
						.add(new Entry(table.database(), table.scenario(), size, Math.round(bytes * 10) / 10.0)));
			}
		}
		return new AllocationBaseline(description, List.copyOf(entries));
	}

	/**
	 * Writes this baseline.
	 * @param file the file
	 * @throws IOException if it cannot be written
	 */
	void write(Path file) throws IOException {
		Files.writeString(file, ReportJson.write(this), StandardCharsets.UTF_8);
	}

	/**
	 * Returns the bytes per loaded row of a cell.
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @return the bytes, empty when the baseline lacks the cell
	 */
	Optional<Double> bytesPerRow(String database, String scenario, int size) {
		return Optional.ofNullable(byKey().get(BenchmarkResult.key(database, scenario, size, "")))
			.map(Entry::bytesPerRow);
	}

	private Map<String, Entry> byKey() {
		return this.entries.stream()
			.collect(Collectors.toMap(
					(entry) -> BenchmarkResult.key(entry.database(), entry.scenario(), entry.size(), ""),
					Function.identity(), (first, second) -> second));
	}

	/**
	 * AUTO's bytes per loaded row in one cell.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param bytesPerRow the bytes allocated per loaded row
	 */
	record Entry(String database, String scenario, int size, double bytesPerRow) {

	}

}
