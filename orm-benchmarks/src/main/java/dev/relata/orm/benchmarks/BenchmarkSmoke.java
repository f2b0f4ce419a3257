package dev.relata.orm.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The correctness check of the benchmarks, timing nothing: for each scenario and size,
 * every contender's key tree must equal the hand-written JDBC baseline's. Prints one line
 * per scenario and exits non-zero when any contender disagrees or fails. A size above a
 * scenario's {@link Scenario#maxParents()} is skipped for that scenario. A combination
 * the library refuses when it plans it ({@link Contender#refusal}: Relata's JOINed chain
 * today) is listed as "not supported yet" and is no failure; once the library plans it,
 * it is checked like any other, and the JOINed chain must then load in
 * {@value #JOINED_CHAIN_STATEMENTS} statement (counted through a
 * {@link CountingDataSource}).
 * <p>
 * Run: {@code java -cp orm-benchmarks/target/relata-benchmarks.jar
 * dev.relata.orm.benchmarks.BenchmarkSmoke [POSTGRESQL|MARIADB|H2] [sizes, default 1,100]}.
 * Code elsewhere (a CI step, the runner) calls
 * {@link #run(BenchmarkDatabase, List, PrintStream)}.
 */
public final class BenchmarkSmoke {

	/**
	 * The sizes checked by default.
	 */
	public static final List<Integer> DEFAULT_SIZES = List.of(1, 100);

	/**
	 * The statements one load of the JOINed chain ({@code RELATA_JOIN} on
	 * {@link Scenario#CHINOOK_CHAIN}) may take, once orm-core plans it: issue 14 asks for
	 * one.
	 */
	static final int JOINED_CHAIN_STATEMENTS = 1;

	private BenchmarkSmoke() {
	}

	/**
	 * Runs the check.
	 * @param args optional database name and comma-separated sizes
	 */
	public static void main(String[] args) {
		BenchmarkDatabase database = (args.length > 0) ? BenchmarkDatabase.valueOf(args[0].toUpperCase())
				: BenchmarkDatabase.POSTGRESQL;
		List<Integer> sizes = (args.length > 1) ? Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList()
				: DEFAULT_SIZES;
		int failures = run(database, sizes, System.out);
		System.exit((failures != 0) ? 1 : 0);
	}

	/**
	 * Creates the data (generated and Chinook) if needed and checks every scenario, size
	 * and contender against the baseline.
	 * @param database the database
	 * @param sizes the parent-set sizes
	 * @param out where the summary goes
	 * @return the number of failed checks (0 when everything agrees)
	 */
	public static int run(BenchmarkDatabase database, List<Integer> sizes, PrintStream out) {
		long start = System.nanoTime();
		int failures = 0;
		try (HikariDataSource dataSource = database.createDataSource()) {
			boolean created = BenchmarkData.ensure(database, dataSource);
			out.printf("benchmark data on %s: %s (%d ms)%n", database, created ? "created" : "reused",
					(System.nanoTime() - start) / 1_000_000);
			long chinookStart = System.nanoTime();
			boolean chinookLoaded = ChinookData.ensure(database, dataSource);
			out.printf("Chinook data on %s: %s (%d ms)%n", database, chinookLoaded ? "loaded" : "reused",
					(System.nanoTime() - chinookStart) / 1_000_000);
			CountingDataSource counting = new CountingDataSource(dataSource);
			List<Contender> contenders = new ArrayList<>();
			for (ContenderKind kind : ContenderKind.values()) {
				contenders.add(kind.create(database, counting));
			}
			try {
				for (Scenario scenario : Scenario.values()) {
					failures += check(scenario, sizes, contenders, counting, out);
				}
			}
			finally {
				contenders.forEach(Contender::close);
			}
		}
		out.printf("smoke %s: %s in %d ms%n", database, (failures == 0) ? "OK" : failures + " failed",
				(System.nanoTime() - start) / 1_000_000);
		return failures;
	}

	private static int check(Scenario scenario, List<Integer> sizes, List<Contender> contenders,
			CountingDataSource counting, PrintStream out) {
		ContenderKind[] kinds = ContenderKind.values();
		List<String> problems = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		List<String> shapes = new ArrayList<>();
		List<String> autoChoices = new ArrayList<>();
		long start = System.nanoTime();
		int checked = 0;
		for (int size : sizes) {
			if (size > scenario.maxParents()) {
				continue;
			}
			KeyTree expected = contenders.get(0).keyTree(scenario, contenders.get(0).load(scenario, size));
			shapes.add(size + "->" + expected.levelSizes());
			for (int i = 1; i < kinds.length; i++) {
				Contender contender = contenders.get(i);
				if (!contender.supports(scenario, size)) {
					continue;
				}
				if (kinds[i] == ContenderKind.RELATA_AUTO && contender instanceof RelataContender relata) {
					autoChoices.add(size + "->" + autoChoice(relata, scenario, size));
				}
				Optional<String> refusal = contender.refusal(scenario, size);
				if (refusal.isPresent()) {
					refusals.add(kinds[i] + "@" + size + " not supported yet: " + refusal.get());
					continue;
				}
				checked++;
				try {
					counting.takeCount();
					KeyTree actual = contender.keyTree(scenario, contender.load(scenario, size));
					long statements = counting.takeCount();
					if (!actual.equals(expected)) {
						problems.add(kinds[i] + "@" + size + " differs (levels " + actual.levelSizes() + ")");
					}
					else if (kinds[i] == ContenderKind.RELATA_JOIN && scenario == Scenario.CHINOOK_CHAIN
							&& statements != JOINED_CHAIN_STATEMENTS) {
						problems.add(kinds[i] + "@" + size + " loads the chain in " + statements
								+ " statements; the JOINed chain should take " + JOINED_CHAIN_STATEMENTS);
					}
				}
				catch (RuntimeException ex) {
					problems.add(kinds[i] + "@" + size + " failed: " + ex);
				}
			}
		}
		out.printf("%-13s %s: %d of %d checks equal JDBC%s; levels %s (%d ms)%n", scenario,
				problems.isEmpty() ? "OK  " : "FAIL", checked - problems.size(), checked,
				refusals.isEmpty() ? "" : ", " + refusals.size() + " not supported yet", shapes,
				(System.nanoTime() - start) / 1_000_000);
		out.printf("%-13s AUTO chose %s%n", "", autoChoices);
		refusals.forEach((refusal) -> out.println("    " + refusal));
		problems.forEach((problem) -> out.println("    " + problem));
		return problems.size();
	}

	private static String autoChoice(RelataContender relata, Scenario scenario, int size) {
		try {
			return relata.query(scenario, size)
				.explain()
				.relations()
				.stream()
				.map((step) -> step.path() + "=" + step.strategy().label() + "[" + step.reason().code() + "]")
				.toList()
				.toString();
		}
		catch (RuntimeException ex) {
			return "explain failed: " + ex;
		}
	}

}
