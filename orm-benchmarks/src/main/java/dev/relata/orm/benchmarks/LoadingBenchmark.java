package dev.relata.orm.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per load of one scenario at one parent-set size, per contender. The defaults (1
 * fork with a fixed 2 GiB heap, 3 x 1 s warm-up, 5 x 1 s measurement) are what the runner
 * overrides per database ({@code -f -wi -i -w -r -jvmArgs}); pick the matrix with
 * {@code -p}, e.g. {@code -p scenario=HAS_MANY -p size=1,100}. Before timing, the trial
 * setup checks the contender's key tree against the JDBC baseline's and refuses a
 * combination the contender or the data does not run (N+1 above 1,000 parents,
 * {@code CHINOOK} above its 3,503 tracks, {@code CHINOOK_CHAIN} above its 275 artists):
 * leave those out with {@code -p}. A combination the library itself refuses
 * ({@link Contender#refusal}) fails its trial with a "not supported yet" message and JMH
 * goes on with the next; the report shows the cell as not supported yet. A statement
 * running longer than {@link #STATEMENT_TIMEOUT} fails its trial too (the cell stays
 * empty). The Chinook scenarios are not in the default {@code scenario} list, since their
 * sizes stop below 10,000: ask for them with
 * {@code -p scenario=CHINOOK -p size=1,10,100,1000} or
 * {@code -p scenario=CHINOOK_CHAIN -p size=1,10,100,275}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoadingBenchmark {

	/**
	 * The scenario (the Chinook ones only on request, see the class comment).
	 */
	@Param({ "HAS_MANY", "BELONGS_TO", "MANY_TO_MANY", "NESTED", "TOP3" })
	public Scenario scenario = Scenario.HAS_MANY;

	/**
	 * The parent-set size.
	 */
	@Param({ "1", "10", "100", "1000", "10000" })
	public int size;

	/**
	 * The contender.
	 */
	@Param({ "JDBC", "RELATA_JOIN", "RELATA_BATCHED", "RELATA_AUTO", "RELATA_AUTO_SNAPSHOT", "RELATA_N_PLUS_ONE",
			"HIBERNATE", "JOOQ" })
	public ContenderKind contender = ContenderKind.JDBC;

	/**
	 * The database: {@code POSTGRESQL}, {@code MARIADB} or {@code H2}.
	 */
	@Param({ "POSTGRESQL" })
	public BenchmarkDatabase database = BenchmarkDatabase.POSTGRESQL;

	/**
	 * The longest one statement may run in a trial. A load whose statement takes longer
	 * (H2's JOINed per-parent limit or jOOQ's top-3 at 1,000 parents: tens of seconds to
	 * minutes) fails the trial's setup instead of stretching every iteration to one
	 * load's time; its cell stays empty.
	 */
	static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

	private HikariDataSource dataSource;

	private Contender loader;

	/**
	 * Refuses a size above the scenario's data, opens the pool, makes sure the scenario's
	 * data is there (generated or Chinook), creates the contender and checks its result
	 * against the baseline's.
	 */
	@Setup(Level.Trial)
	public void setUp() {
		if (this.size > this.scenario.maxParents()) {
			throw new IllegalStateException(this.scenario + " has at most " + this.scenario.maxParents()
					+ " parents, not " + this.size + "; leave size " + this.size + " out for it");
		}
		this.dataSource = this.database.createDataSource(STATEMENT_TIMEOUT);
		if (this.scenario.chinook()) {
			ChinookData.ensure(this.database, this.dataSource);
		}
		else {
			BenchmarkData.ensure(this.database, this.dataSource);
		}
		this.loader = this.contender.create(this.database, this.dataSource);
		if (!this.loader.supports(this.scenario, this.size)) {
			throw new IllegalStateException(
					this.contender + " does not run " + this.scenario + " at " + this.size + " parents; leave it out");
		}
		this.loader.refusal(this.scenario, this.size).ifPresent((refusal) -> {
			throw new IllegalStateException(this.contender + " on " + this.scenario + " at " + this.size
					+ " parents is not supported yet (the report says so): " + refusal);
		});
		try (Contender baseline = ContenderKind.JDBC.create(this.database, this.dataSource)) {
			KeyTree expected = baseline.keyTree(this.scenario, baseline.load(this.scenario, this.size));
			KeyTree actual = this.loader.keyTree(this.scenario, this.loader.load(this.scenario, this.size));
			if (!expected.equals(actual)) {
				throw new IllegalStateException(
						this.contender + " loads a different graph than JDBC for " + this.scenario + " at " + this.size
								+ " parents: " + actual.levelSizes() + " vs " + expected.levelSizes());
			}
		}
	}

	/**
	 * Releases the contender and the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() {
		this.loader.close();
		this.dataSource.close();
	}

	/**
	 * One load; JMH consumes the result.
	 * @return the loaded graph
	 */
	@Benchmark
	public Object load() {
		return this.loader.load(this.scenario, this.size);
	}

}
