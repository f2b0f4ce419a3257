package dev.relata.orm.benchmarks.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NoisyCells}: the cells the runner's second pass measures again.
 */
class NoisyCellsTests {

	@Test
	void picksTheNoisiestJudgedCellsGroupedByScenarioAndSize() {
		List<BenchmarkResult> results = List.of(ReportSamples.result("MARIADB", "HAS_MANY", 100, "JDBC", 100, 5),
				ReportSamples.result("MARIADB", "HAS_MANY", 100, "RELATA_AUTO", 100, 30),
				ReportSamples.result("MARIADB", "HAS_MANY", 100, "JOOQ", 100, 90),
				ReportSamples.result("MARIADB", "HAS_MANY", 1000, "HIBERNATE", 100, 20),
				ReportSamples.result("MARIADB", "NESTED", 1, "RELATA_BATCHED", 100, 11),
				ReportSamples.result("MARIADB", "HAS_MANY", 100, "RELATA_BATCHED", 100, 12),
				ReportSamples.result("MARIADB", "TOP3", 1, "RELATA_AUTO", 100, Double.NaN));
		assertThat(NoisyCells.pick(results, 10)).containsExactly("HAS_MANY 100 RELATA_AUTO,RELATA_BATCHED",
				"HAS_MANY 1000 HIBERNATE", "NESTED 1 RELATA_BATCHED");
		assertThat(NoisyCells.pick(results, 2)).containsExactly("HAS_MANY 100 RELATA_AUTO", "HAS_MANY 1000 HIBERNATE");
		assertThat(NoisyCells.pick(results, 0)).isEmpty();
	}

	@Test
	void picksTheTimesBehindAVerdictWithinJmhErrorFirst() {
		List<BenchmarkResult> results = List.of(ReportSamples.result("MARIADB", "NESTED", 1000, "JDBC", 1000, 150),
				ReportSamples.result("MARIADB", "NESTED", 1000, "RELATA_AUTO", 1300, 200),
				ReportSamples.result("MARIADB", "NESTED", 1, "RELATA_BATCHED", 100, 90));
		assertThat(NoisyCells.pick(results, 2)).containsExactly("NESTED 1000 RELATA_AUTO,JDBC");
		assertThat(NoisyCells.pick(results, 3)).containsExactly("NESTED 1000 RELATA_AUTO,JDBC",
				"NESTED 1 RELATA_BATCHED");
	}

}
