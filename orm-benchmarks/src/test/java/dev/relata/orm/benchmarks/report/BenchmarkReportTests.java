package dev.relata.orm.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.relata.orm.benchmarks.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link BenchmarkReport} on a small JMH result file: HAS_MANY at 1 and 100
 * parents (N+1 only at 1) and TOP3 at 1 parent without {@code -prof gc}.
 */
class BenchmarkReportTests {

	@TempDir
	Path directory;

	@Test
	void readsResultsAndSettings() throws IOException {
		JmhResults results = sample();
		assertThat(results.results()).hasSize(7);
		BenchmarkResult first = results.results().get(0);
		assertThat(first.contender()).isEqualTo("RELATA_AUTO");
		assertThat(first.size()).isEqualTo(1);
		assertThat(first.score()).isEqualTo(110.0);
		assertThat(first.error()).isEqualTo(4.0);
		assertThat(first.unit()).isEqualTo("us/op");
		assertThat(first.allocatedBytes()).isEqualTo(3000.0);
		assertThat(results.results().get(6).error()).isNaN();
		assertThat(results.results().get(6).allocatedBytes()).isNull();
		JmhSettings settings = results.settings();
		assertThat(settings.jmhVersion()).isEqualTo("1.37");
		assertThat(settings.forks()).isEqualTo(1);
		assertThat(settings.warmup()).isEqualTo("3 x 1 s");
		assertThat(settings.measurement()).isEqualTo("5 x 1 s");
		assertThat(settings.jvmArgs()).isEqualTo("-Xmx1g");
		assertThat(JmhResults.merge(List.of(results, results)).results()).hasSize(14);
	}

	@Test
	void computesRatiosToJdbc() throws IOException {
		ScenarioTable hasMany = tables().get(0);
		assertThat(hasMany.ratio(1, "JDBC")).hasValue(1.0);
		assertThat(hasMany.ratio(1, "RELATA_AUTO").orElseThrow()).isCloseTo(1.10, within(1e-9));
		assertThat(hasMany.ratio(1, "RELATA_N_PLUS_ONE").orElseThrow()).isCloseTo(1.50, within(1e-9));
		assertThat(hasMany.ratio(100, "RELATA_AUTO").orElseThrow()).isCloseTo(1.10, within(1e-9));
		assertThat(hasMany.ratio(100, "RELATA_N_PLUS_ONE")).isEmpty();
		assertThat(tables().get(1).ratio(1, "RELATA_AUTO").orElseThrow()).isCloseTo(1.50, within(1e-9));
	}

	@Test
	void tablesHaveSizesAsRowsAndContendersAsColumns() throws IOException {
		List<ScenarioTable> tables = tables();
		assertThat(tables).extracting(ScenarioTable::scenario).containsExactly("HAS_MANY", "TOP3");
		ScenarioTable hasMany = tables.get(0);
		assertThat(hasMany.sizes()).containsExactly(1, 100);
		assertThat(hasMany.contenders()).containsExactly("JDBC", "RELATA_AUTO", "RELATA_N_PLUS_ONE");
		MarkdownTable ratios = MarkdownReport.ratios(hasMany);
		assertThat(ratios.rows()).containsExactly(List.of("1", "1.00", "1.10", "1.50"),
				List.of("100", "1.00", "1.10", "—"));
		assertThat(ratios.toString()).startsWith("| parents | JDBC | RELATA_AUTO | RELATA_N_PLUS_ONE |\n"
				+ "| --- | ---: | ---: | ---: |\n| 1 | 1.00 | 1.10 | 1.50 |\n");
		assertThat(MarkdownReport.times(hasMany).rows().get(1)).containsExactly("100", "400 ± 10.0", "440 ± 12.0", "—");
		assertThat(MarkdownReport.allocation(hasMany).rows().get(1)).containsExactly("100", "90,000", "120,000", "—");
		assertThat(MarkdownReport.times(tables.get(1)).rows().get(0)).containsExactly("1", "60.0", "90.0");
	}

	@Test
	void writesReportAndCharts() throws Exception {
		Path report = this.directory.resolve("benchmarks.md");
		List<Path> written = BenchmarkReport.write(sample(), report, context());
		assertThat(written).containsExactly(report, this.directory.resolve("benchmarks/postgresql-has-many.svg"),
				this.directory.resolve("benchmarks/postgresql-top3.svg"));
		String markdown = Files.readString(report);
		assertThat(markdown).contains("> **Quick sanity run**")
			.contains("## POSTGRESQL")
			.contains("### HAS_MANY (POSTGRESQL)")
			.contains("`users ORDER BY id LIMIT n`")
			.contains("![HAS_MANY on POSTGRESQL: time per load vs parents](benchmarks/postgresql-has-many.svg)")
			.contains("| warm-up | 3 x 1 s (first result file; per database below) |")
			.contains("| measurement | 5 x 1 s (first result file; per database below) |")
			.contains("| PostgreSQL server | PostgreSQL 17.2 |")
			.contains("JMH iterations on POSTGRESQL: 3 x 1 s warm-up, 5 x 1 s measurement per benchmark.")
			.contains("| Relata | 0.1.0-TEST |")
			.contains("| JMH | 1.37 |")
			.contains("| cores | 2 |")
			.contains("Allocation per load");
		Document svg = parse(written.get(1));
		assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
		NodeList polylines = svg.getElementsByTagName("polyline");
		assertThat(polylines.getLength()).isEqualTo(3);
		assertThat(((Element) polylines.item(0)).getAttribute("data-contender")).isEqualTo("JDBC");
		assertThat(((Element) polylines.item(0)).getAttribute("points").split(" ")).hasSize(2);
		assertThat(((Element) polylines.item(2)).getAttribute("points").split(" ")).hasSize(1);
		assertThat(parse(written.get(2)).getElementsByTagName("polyline").getLength()).isEqualTo(2);
	}

	@Test
	void addsStatementsAndAllocationPerRowFromTheCensus() throws IOException {
		String census = """
				[{"database": "POSTGRESQL", "scenario": "HAS_MANY", "size": 1, "contender": "RELATA_AUTO",
				  "statements": 1, "rows": 11},
				 {"database": "POSTGRESQL", "scenario": "HAS_MANY", "size": 1, "contender": "JDBC",
				  "statements": 2, "rows": 11}]
				""";
		JmhResults results = sample().withCounts(LoadCounts.parse(census));
		BenchmarkResult auto = results.results().get(0);
		assertThat(auto.counts()).isEqualTo(new LoadCounts(1, 11));
		assertThat(auto.allocatedBytesPerRow().orElseThrow()).isCloseTo(3000.0 / 11, within(1e-9));
		assertThat(results.results().get(6).counts()).isNull();
		Path report = this.directory.resolve("benchmarks.md");
		BenchmarkReport.write(results, report, context());
		String markdown = Files.readString(report);
		assertThat(markdown).contains("Statements per load")
			.contains("Allocation per loaded row")
			.contains("| parents (rows per load) |")
			.contains("| 1 (11) | 182 | 273 | — |");
	}

	@Test
	void refusesACensusThatIsNotOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadCounts.parse("{}"))
			.withMessageContaining("expected a JSON array");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadCounts.parse("[{\"database\": \"H2\", \"size\": \"x\"}]"))
			.withMessageContaining("'size' is not a number");
	}

	@Test
	void judgesTheTargetsOnPostgreSqlAndMarksTheMisses() {
		List<BenchmarkResult> results = List.of(result("HAS_MANY", 100, "JDBC", 400),
				result("HAS_MANY", 100, "RELATA_AUTO", 440), result("HAS_MANY", 100, "HIBERNATE", 800),
				result("HAS_MANY", 1000, "JDBC", 4000), result("HAS_MANY", 1000, "RELATA_AUTO", 5200),
				result("HAS_MANY", 1000, "HIBERNATE", 5000), result("HAS_MANY", 10, "JDBC", 100),
				result("HAS_MANY", 10, "RELATA_AUTO", 300), result("TOP3", 100, "JDBC", 300),
				result("TOP3", 100, "RELATA_AUTO", 330), result("TOP3", 100, "RELATA_N_PLUS_ONE", 990),
				result("TOP3", 10, "RELATA_AUTO", 100), result("TOP3", 10, "RELATA_N_PLUS_ONE", 150));
		String targets = Targets.render(ScenarioTable.of(results));
		assertThat(targets).contains("## Targets (POSTGRESQL)")
			.contains("at most 1.20**: missed at HAS_MANY at 1000 (2 of 3 met).")
			.contains("| HAS_MANY | — | 1.10 | **1.30** |")
			.contains("below 1.00**: missed at HAS_MANY at 1000 (1 of 2 met).")
			.contains("| HAS_MANY | — | 0.55 | **1.04** |")
			.contains("at least 3.00x**: met (1 of 1).")
			.contains("| TOP3 | 1.50x (not judged) | 3.00x |");
		assertThat(Targets.render(ScenarioTable.of(List.of(result("TOP3", 100, "JDBC", 1.0)))))
			.contains("below 1.00**: not measured in this run.");
		List<BenchmarkResult> noisy = List.of(
				new BenchmarkResult("POSTGRESQL", "NESTED", 1000, "JDBC", 1000, 100, "us/op", null, "", null),
				new BenchmarkResult("POSTGRESQL", "NESTED", 1000, "RELATA_AUTO", 1300, 200, "us/op", null, "", null));
		assertThat(Targets.render(ScenarioTable.of(noisy))).contains("| NESTED | **1.30** (±) |")
			.contains("missed at NESTED at 1000 (0 of 1 met); at NESTED at 1000 the target lies within JMH's error");
		List<BenchmarkResult> h2Only = List.of(new BenchmarkResult("H2", "TOP3", 1, "JDBC", 1.0, Double.NaN, "us/op",
				null, "1 x 1 s warm-up, 1 x 1 s measurement", null));
		assertThat(Targets.render(ScenarioTable.of(h2Only))).isEmpty();
	}

	private static BenchmarkResult result(String scenario, int size, String contender, double score) {
		return new BenchmarkResult("POSTGRESQL", scenario, size, contender, score, Double.NaN, "us/op", null,
				"3 x 1 s warm-up, 5 x 1 s measurement", null);
	}

	@Test
	void recordsTheParentShapeOfEveryScenario() {
		for (Scenario scenario : Scenario.values()) {
			assertThat(ParentShapes.parents(scenario.name())).as(scenario.name()).doesNotContain("not recorded");
			assertThat(ParentShapes.autoSees(scenario.name())).as(scenario.name()).doesNotContain("not recorded");
		}
		assertThat(ParentShapes.parents("CHINOOK")).contains("`track ORDER BY track_id LIMIT n`");
		assertThat(ParentShapes.autoSees("CHINOOK")).isEqualTo("bound n: JOIN up to 10, BATCHED above");
	}

	private static Document parse(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
	}

	private static ReportContext context() {
		return new ReportContext("0.1.0-TEST", "PostgreSQL 17.2", "Quick sanity run", "sample-jmh-results.json",
				new Machine("Test CPU", 2, "4.0 GiB", "Linux"));
	}

	private static List<ScenarioTable> tables() throws IOException {
		return ScenarioTable.of(sample().results());
	}

	private static JmhResults sample() throws IOException {
		try (InputStream in = BenchmarkReportTests.class.getResourceAsStream("/sample-jmh-results.json")) {
			assertThat(in).isNotNull();
			return JmhResults.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
