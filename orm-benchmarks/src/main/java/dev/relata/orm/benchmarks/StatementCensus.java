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
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.benchmarks.report.MeasuredCombinations;
import org.jspecify.annotations.Nullable;

/**
 * Counts, for every scenario, parent-set size and contender, the statements one load
 * executes and the rows it returns, untimed, and writes them as JSON for the report
 * (statements per load, allocation per loaded row). A load's rows are the nodes of its
 * {@link KeyTree}: the parents plus every loaded child, counted once per place it appears
 * (a post's author counts once per post). Each contender loads once before it is counted,
 * so one-time work (a first query's metadata) is left out.
 * <p>
 * Run: {@code java -cp orm-benchmarks/target/relata-benchmarks.jar
 * dev.relata.orm.benchmarks.StatementCensus <out.json> [POSTGRESQL|H2] [sizes]
 * [results.json...]}, sizes defaulting to {@code 1,10,100,1000,10000}; combinations a
 * contender or scenario does not run are left out, as in the benchmark. Given JMH result
 * files, only the combinations they hold are counted.
 */
public final class StatementCensus {

	private static final List<Integer> DEFAULT_SIZES = List.of(1, 10, 100, 1000, 10_000);

	private StatementCensus() {
	}

	/**
	 * Runs the census.
	 * @param args the output file, then optionally the database and comma-separated sizes
	 * @throws IOException if the output cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err
				.println("Usage: StatementCensus <out.json> [POSTGRESQL|H2] [sizes, default 1,10,100,1000,10000]");
			System.exit(2);
			return;
		}
		BenchmarkDatabase database = (args.length > 1) ? BenchmarkDatabase.valueOf(args[1].toUpperCase(Locale.ROOT))
				: BenchmarkDatabase.POSTGRESQL;
		List<Integer> sizes = (args.length > 2) ? Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList()
				: DEFAULT_SIZES;
		List<Path> results = Arrays.stream(args).skip(3).map(Path::of).toList();
		Set<String> measured = results.isEmpty() ? null : MeasuredCombinations.read(results);
		List<Entry> entries = run(database, sizes, measured, System.out);
		Path out = Path.of(args[0]);
		Files.writeString(out, toJson(entries), StandardCharsets.UTF_8);
		System.out.println("Wrote " + entries.size() + " counts to " + out);
	}

	/**
	 * Counts every supported combination, or the measured ones only.
	 * @param database the database
	 * @param sizes the parent-set sizes
	 * @param measured the keys of the combinations to count (see
	 * {@link MeasuredCombinations}), or {@code null} for every supported one
	 * @param progress where one line per contender goes
	 * @return the counts
	 */
	public static List<Entry> run(BenchmarkDatabase database, List<Integer> sizes, @Nullable Set<String> measured,
			PrintStream progress) {
		List<Entry> entries = new ArrayList<>();
		try (HikariDataSource pool = database.createDataSource()) {
			BenchmarkData.ensure(database, pool);
			ChinookData.ensure(database, pool);
			CountingDataSource counting = new CountingDataSource(pool);
			for (ContenderKind kind : ContenderKind.values()) {
				try (Contender contender = kind.create(database, counting)) {
					for (Scenario scenario : Scenario.values()) {
						for (int size : sizes) {
							boolean wanted = (measured != null)
									? measured.contains(MeasuredCombinations.key(database.name(), scenario.name(), size,
											kind.name()))
									: size <= scenario.maxParents() && contender.supports(scenario, size);
							if (wanted) {
								entries.add(count(database, kind, contender, scenario, size, counting));
							}
						}
					}
				}
				progress.printf("census %s %s: done%n", database, kind);
			}
		}
		return entries;
	}

	private static Entry count(BenchmarkDatabase database, ContenderKind kind, Contender contender, Scenario scenario,
			int size, CountingDataSource counting) {
		contender.load(scenario, size);
		counting.takeCount();
		Object result = contender.load(scenario, size);
		long statements = counting.takeCount();
		long rows = contender.keyTree(scenario, result).levelSizes().stream().mapToLong(Integer::longValue).sum();
		return new Entry(database.name(), scenario.name(), size, kind.name(), statements, rows);
	}

	static String toJson(List<Entry> entries) {
		StringBuilder json = new StringBuilder("[\n");
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			json.append(String.format(Locale.ROOT,
					"  {\"database\": \"%s\", \"scenario\": \"%s\", \"size\": %d, \"contender\": \"%s\", "
							+ "\"statements\": %d, \"rows\": %d}%s%n",
					entry.database(), entry.scenario(), entry.size(), entry.contender(), entry.statements(),
					entry.rows(), (i < entries.size() - 1) ? "," : ""));
		}
		return json.append("]\n").toString();
	}

	/**
	 * What one load of a combination executes and returns.
	 *
	 * @param database the database
	 * @param scenario the scenario
	 * @param size the parent-set size
	 * @param contender the contender
	 * @param statements statements executed by one load
	 * @param rows nodes of the load's key tree
	 */
	public record Entry(String database, String scenario, int size, String contender, long statements, long rows) {

	}

}
