package dev.relata.orm.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.benchmarks.report.MeasuredCombinations;
import dev.relata.orm.benchmarks.report.MeasuredCombinations.Combination;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts, for every scenario, parent-set size and contender, the statements one load
 * executes and the rows it returns, untimed, and writes them as JSON for the report
 * (statements per load, allocation per loaded row). A load's rows are the nodes of its
 * {@link KeyTree}: the parents plus every loaded child, counted once per place it appears
 * (a post's author counts once per post). Each contender loads once before it is counted,
 * so one-time work (a first query's metadata) is left out. A combination the library
 * refuses ({@link Contender#refusal}) is written with its message instead of counts: the
 * report shows it as "not supported yet".
 * <p>
 * Run: {@code java -cp orm-benchmarks/target/relata-benchmarks.jar
 * dev.relata.orm.benchmarks.StatementCensus <out.json> [POSTGRESQL|MARIADB|H2] [sizes]
 * [results.json...]}, sizes defaulting to {@code 1,10,100,1000,10000}; combinations a
 * contender or scenario does not run are left out, as in the benchmark. Given JMH result
 * files, the sizes come from them: the combinations they hold are counted, and the
 * refusals of the other contenders at those scenarios and sizes recorded.
 */
public final class StatementCensus {

	private static final List<Integer> DEFAULT_SIZES = List.of(1, 10, 100, 1000, 10_000);

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private StatementCensus() {
	}

	/**
	 * Runs the census.
	 * @param args the output file, then optionally the database and comma-separated
	 * sizes, then JMH result files
	 * @throws IOException if the output cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("Usage: StatementCensus <out.json> [POSTGRESQL|MARIADB|H2] "
					+ "[sizes, default 1,10,100,1000,10000] [results.json...]");
			System.exit(2);
			return;
		}
		BenchmarkDatabase database = (args.length > 1) ? BenchmarkDatabase.valueOf(args[1].toUpperCase(Locale.ROOT))
				: BenchmarkDatabase.POSTGRESQL;
		List<Integer> sizes = (args.length > 2) ? Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList()
				: DEFAULT_SIZES;
		List<Path> results = Arrays.stream(args).skip(3).map(Path::of).toList();
		Set<Combination> measured = results.isEmpty() ? null : MeasuredCombinations.read(results);
		List<Entry> entries = run(database, sizes, measured, System.out);
		Path out = Path.of(args[0]);
		Files.writeString(out, toJson(entries), StandardCharsets.UTF_8);
		System.out.println("Wrote " + entries.size() + " counts to " + out);
	}

	/**
	 * Counts every supported combination, or the measured ones only.
	 * @param database the database
	 * @param sizes the parent-set sizes, when no combinations are given
	 * @param measured the combinations to count, or {@code null} for every supported one
	 * @param progress where one line per contender goes
	 * @return the counts and refusals
	 */
	public static List<Entry> run(BenchmarkDatabase database, List<Integer> sizes, @Nullable Set<Combination> measured,
			PrintStream progress) {
		List<Entry> entries = new ArrayList<>();
		try (HikariDataSource pool = database.createDataSource()) {
			BenchmarkData.ensure(database, pool);
			ChinookData.ensure(database, pool);
			CountingDataSource counting = new CountingDataSource(pool);
			for (ContenderKind kind : ContenderKind.values()) {
				try (Contender contender = kind.create(database, counting)) {
					for (Scenario scenario : Scenario.values()) {
						for (int size : sizes(database, scenario, sizes, measured)) {
							entry(database, kind, contender, scenario, size, counting, measured)
								.ifPresent(entries::add);
						}
					}
				}
				progress.printf("census %s %s: done%n", database, kind);
			}
		}
		return entries;
	}

	private static Set<Integer> sizes(BenchmarkDatabase database, Scenario scenario, List<Integer> sizes,
			@Nullable Set<Combination> measured) {
		Set<Integer> chosen = new TreeSet<>();
		if (measured == null) {
			sizes.stream().filter((size) -> size <= scenario.maxParents()).forEach(chosen::add);
		}
		else {
			measured.stream()
				.filter((combination) -> combination.database().equals(database.name())
						&& combination.scenario().equals(scenario.name()))
				.forEach((combination) -> chosen.add(combination.size()));
		}
		return chosen;
	}

	private static Optional<Entry> entry(BenchmarkDatabase database, ContenderKind kind, Contender contender,
			Scenario scenario, int size, CountingDataSource counting, @Nullable Set<Combination> measured) {
		boolean wasMeasured = measured != null
				&& measured.contains(new Combination(database.name(), scenario.name(), size, kind.name()));
		if (measured == null && !contender.supports(scenario, size)) {
			return Optional.empty();
		}
		if (!wasMeasured) {
			Optional<String> refusal = contender.refusal(scenario, size);
			if (refusal.isPresent()) {
				return Optional.of(new Entry(database.name(), scenario.name(), size, kind.name(), 0, 0, refusal.get()));
			}
			if (measured != null) {
				return Optional.empty();
			}
		}
		return Optional.of(count(database, kind, contender, scenario, size, counting));
	}

	private static Entry count(BenchmarkDatabase database, ContenderKind kind, Contender contender, Scenario scenario,
			int size, CountingDataSource counting) {
		contender.load(scenario, size);
		counting.takeCount();
		Object result = contender.load(scenario, size);
		long statements = counting.takeCount();
		long rows = contender.keyTree(scenario, result).levelSizes().stream().mapToLong(Integer::longValue).sum();
		return new Entry(database.name(), scenario.name(), size, kind.name(), statements, rows, null);
	}

	static String toJson(List<Entry> entries) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n";
	}

	/**
	 * What one load of a combination executes and returns, or why the library refuses it.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 * @param statements statements executed by one load (0 when refused)
	 * @param rows nodes of the load's key tree (0 when refused)
	 * @param refused the library's refusal, or {@code null} when the combination was
	 * counted
	 */
	public record Entry(String database, String scenario, int size, String contender, long statements, long rows,
			@Nullable String refused) {

	}

}
