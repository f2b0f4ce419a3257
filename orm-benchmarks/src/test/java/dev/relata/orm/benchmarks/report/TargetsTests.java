package dev.relata.orm.benchmarks.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.relata.orm.benchmarks.report.BenchmarkResult.Allocation;
import dev.relata.orm.benchmarks.report.Census.Refusal;

import static dev.relata.orm.benchmarks.report.ReportSamples.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Targets}: the targets judged per database, every judged value
 * listed, misses marked, and misses within JMH's error told apart.
 */
class TargetsTests {

	private static final List<BenchmarkResult> POSTGRESQL = List.of(result("HAS_MANY", 100, "JDBC", 400),
			result("HAS_MANY", 100, "RELATA_AUTO", 440), result("HAS_MANY", 100, "HIBERNATE", 800),
			result("HAS_MANY", 100, "RELATA_BATCHED", 430), result("HAS_MANY", 100, "RELATA_JOIN", 700),
			result("HAS_MANY", 100, "RELATA_N_PLUS_ONE", 4000), result("HAS_MANY", 1000, "JDBC", 4000),
			result("HAS_MANY", 1000, "RELATA_AUTO", 5200), result("HAS_MANY", 1000, "HIBERNATE", 5000),
			result("HAS_MANY", 1000, "RELATA_BATCHED", 4100), result("HAS_MANY", 10, "JDBC", 100),
			result("HAS_MANY", 10, "RELATA_AUTO", 300), result("TOP3", 100, "JDBC", 300),
			result("TOP3", 100, "RELATA_AUTO", 330), result("TOP3", 100, "RELATA_N_PLUS_ONE", 990),
			result("TOP3", 10, "RELATA_AUTO", 100), result("TOP3", 10, "RELATA_N_PLUS_ONE", 150));

	@Test
	void judgesAutoAgainstJdbcFromOneHundredParents() {
		String targets = render(POSTGRESQL);
		assertThat(targets)
			.contains("**AUTO's time / JDBC's time, at 100 parents and more: at most 1.20**: "
					+ "missed at HAS_MANY at 1000 (2 of 3 met).")
			.contains("| HAS_MANY | — | 1.10 | **1.30** |")
			.contains("| TOP3 | — | 1.10 | — |");
	}

	@Test
	void judgesAutoAgainstHibernateAtEverySizeAllowingEquality() {
		List<BenchmarkResult> results = List.of(result("BELONGS_TO", 1, "RELATA_AUTO", 100),
				result("BELONGS_TO", 1, "HIBERNATE", 100), result("BELONGS_TO", 100, "RELATA_AUTO", 440),
				result("BELONGS_TO", 100, "HIBERNATE", 400));
		assertThat(render(results))
			.contains("**AUTO's time / Hibernate's time, every size: at most 1.00**: missed at BELONGS_TO at 100 "
					+ "(1 of 2 met).")
			.contains("| BELONGS_TO | 1.00 | **1.10** |");
	}

	@Test
	void judgesAutoAgainstTheFastestRelataPlanAndNamesIt() {
		String targets = render(POSTGRESQL);
		assertThat(targets)
			.contains("**AUTO's time / the fastest Relata plan's (JOIN, BATCHED or one query per parent), "
					+ "every size: at most 1.10**: missed at HAS_MANY at 1000 (3 of 4 met). A cell is AUTO's time over the "
					+ "fastest of RELATA_JOIN, RELATA_BATCHED, RELATA_N_PLUS_ONE in that cell, which it names.")
			.contains("| HAS_MANY | — | 1.02 (BATCHED) | **1.27 (BATCHED)** |")
			.contains("| TOP3 | 0.67 (N_PLUS_ONE) | 0.33 (N_PLUS_ONE) | — |");
	}

	@Test
	void leavesARefusedPlanOutOfTheFastest() {
		List<BenchmarkResult> results = List.of(result("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_AUTO", 1050, 10),
				result("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_BATCHED", 1000, 10),
				result("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_N_PLUS_ONE", 9000, 10));
		List<ScenarioTable> tables = ScenarioTable.of(results,
				List.of(new Refusal("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_JOIN", "Cannot JOIN albums.tracks")));
		assertThat(Targets.render(tables, Targets.all(AllocationBaseline.NONE)))
			.contains("| CHINOOK_CHAIN | 1.05 (BATCHED) |");
	}

	@Test
	void tellsAMissWithinJmhErrorFromAMiss() {
		List<BenchmarkResult> results = List.of(result("POSTGRESQL", "NESTED", 1000, "JDBC", 1000, 100),
				result("POSTGRESQL", "NESTED", 1000, "RELATA_AUTO", 1300, 200));
		assertThat(render(results)).contains("| NESTED | **1.30** (±) |")
			.contains("at most 1.20**: missed within JMH's error (99.9%) at NESTED at 1000 (0 of 1 met).")
			.contains("| AUTO's time / JDBC's time, at 100 parents and more: at most 1.20 | "
					+ "within JMH's error 1 (0 of 1 met) |");
	}

	@Test
	void judgesTop3AgainstOneQueryPerParentFromOneHundredParents() {
		assertThat(render(POSTGRESQL)).contains("at least 3.00x**: met (1 of 1).")
			.contains("| TOP3 | 1.50x (not judged) | 3.00x |");
	}

	@Test
	void judgesEveryDatabaseOnItsOwnResults() {
		List<BenchmarkResult> results = List.of(result("POSTGRESQL", "HAS_MANY", 100, "JDBC", 400, 1),
				result("POSTGRESQL", "HAS_MANY", 100, "RELATA_AUTO", 440, 1),
				result("MARIADB", "HAS_MANY", 100, "JDBC", 400, 1),
				result("MARIADB", "HAS_MANY", 100, "RELATA_AUTO", 600, 1),
				result("H2", "HAS_MANY", 100, "JDBC", 40, 1));
		String targets = render(results);
		assertThat(targets).contains("| target | POSTGRESQL | MARIADB | H2 |")
			.contains("| AUTO's time / JDBC's time, at 100 parents and more: at most 1.20 | met (1 of 1) | "
					+ "**missed 1** (0 of 1 met) | not measured |")
			.contains("### Targets on POSTGRESQL")
			.contains("### Targets on MARIADB")
			.contains("### Targets on H2");
		assertThat(targets.substring(targets.indexOf("### Targets on MARIADB"), targets.indexOf("### Targets on H2")))
			.contains("| HAS_MANY | **1.50** |");
		assertThat(render(List.of(result("TOP3", 100, "JDBC", 1.0))))
			.contains("at most 1.00**: not measured in this run.");
	}

	@Test
	void judgesAllocationPerLoadedRowAgainstTheBaseline() {
		AllocationBaseline baseline = new AllocationBaseline("the run before",
				List.of(new AllocationBaseline.Entry("POSTGRESQL", "HAS_MANY", 100, 400),
						new AllocationBaseline.Entry("POSTGRESQL", "HAS_MANY", 1000, 400),
						new AllocationBaseline.Entry("POSTGRESQL", "HAS_MANY", 10000, 400)));
		List<BenchmarkResult> results = List.of(auto(100, 44_000, 100), auto(1000, 45_100, 200),
				auto(10000, 45_100, 1200), auto(1, 9_000, 10));
		String targets = Targets.render(ScenarioTable.of(results), Targets.all(baseline));
		assertThat(targets).contains("**AUTO's bytes allocated per loaded row: no more than in the baseline run**: "
				+ "missed at HAS_MANY at 1000; missed within JMH's error (99.9%) at HAS_MANY at 10000 (1 of 3 met). "
				+ "A cell is this run's bytes per loaded row, then the baseline's (the run before).")
			.contains("| HAS_MANY | — | 400 (400) | **410 (400)** | **410 (400)** (±) |");
		assertThat(Targets.render(ScenarioTable.of(results), Targets.all(AllocationBaseline.NONE)))
			.contains("no more than in the baseline run**: not measured in this run.");
	}

	private static BenchmarkResult auto(int size, double bytes, double error) {
		return new BenchmarkResult("POSTGRESQL", "HAS_MANY", size, "RELATA_AUTO", 1, Double.NaN, "us/op",
				new Allocation(bytes, error), "", false, new LoadCounts(2, 110));
	}

	private static String render(List<BenchmarkResult> results) {
		return Targets.render(ScenarioTable.of(results), Targets.all(AllocationBaseline.NONE));
	}

}
