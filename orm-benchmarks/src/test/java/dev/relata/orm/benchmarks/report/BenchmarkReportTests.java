package dev.relata.orm.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.relata.orm.benchmarks.Scenario;
import dev.relata.orm.benchmarks.report.BenchmarkReport.Run;
import dev.relata.orm.benchmarks.report.Census.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link BenchmarkReport}: the report and charts from small JMH result files
 * ({@link ReportSamples}), on PostgreSQL and MariaDB.
 */
class BenchmarkReportTests {

	@TempDir
	Path directory;

	@Test
	void computesRatiosToJdbc() throws IOException {
		ScenarioTable hasMany = postgresTables().get(0);
		assertThat(hasMany.ratio(1, "JDBC")).hasValue(1.0);
		assertThat(hasMany.ratio(1, "RELATA_AUTO").orElseThrow()).isCloseTo(1.10, within(1e-9));
		assertThat(hasMany.ratio(1, "RELATA_N_PLUS_ONE").orElseThrow()).isCloseTo(1.50, within(1e-9));
		assertThat(hasMany.ratio(100, "RELATA_AUTO").orElseThrow()).isCloseTo(1.10, within(1e-9));
		assertThat(hasMany.ratio(100, "RELATA_N_PLUS_ONE")).isEmpty();
		assertThat(postgresTables().get(1).ratio(1, "RELATA_AUTO").orElseThrow()).isCloseTo(1.50, within(1e-9));
	}

	@Test
	void tablesHaveSizesAsRowsAndContendersAsColumns() throws IOException {
		List<ScenarioTable> tables = postgresTables();
		assertThat(tables).extracting(ScenarioTable::scenario).containsExactly("HAS_MANY", "TOP3");
		ScenarioTable hasMany = tables.get(0);
		assertThat(hasMany.sizes()).containsExactly(1, 100);
		assertThat(hasMany.contenders()).containsExactly("JDBC", "RELATA_AUTO", "RELATA_N_PLUS_ONE");
		MarkdownTable ratios = ResultTables.ratios(hasMany);
		assertThat(ratios.rows()).containsExactly(List.of("1", "1.00", "1.10", "1.50"),
				List.of("100", "1.00", "1.10", "—"));
		assertThat(ratios.toString()).startsWith("| parents | JDBC | RELATA_AUTO | RELATA_N_PLUS_ONE |\n"
				+ "| --- | ---: | ---: | ---: |\n| 1 | 1.00 | 1.10 | 1.50 |\n");
		assertThat(ResultTables.times(hasMany).rows().get(1)).containsExactly("100", "400 ± 10.0", "440 ± 12.0", "—");
		assertThat(ResultTables.allocation(hasMany).rows().get(1)).containsExactly("100", "90,000", "120,000", "—");
		assertThat(ResultTables.times(tables.get(1)).rows().get(0)).containsExactly("1", "60.0", "90.0");
	}

	@Test
	void writesReportAndCharts() throws Exception {
		Path report = this.directory.resolve("benchmarks.md");
		List<Path> written = BenchmarkReport.write(Run.of(ReportSamples.read(ReportSamples.POSTGRESQL)), report,
				ReportSamples.context(), AllocationBaseline.NONE);
		assertThat(written).containsExactly(report, this.directory.resolve("benchmarks/postgresql-has-many.svg"),
				this.directory.resolve("benchmarks/postgresql-top3.svg"));
		String markdown = Files.readString(report);
		assertThat(markdown).contains("> **Quick sanity run**")
			.contains("## Targets")
			.contains("## Noise")
			.contains("## POSTGRESQL")
			.contains("### HAS_MANY (POSTGRESQL)")
			.contains("`users ORDER BY id LIMIT n`")
			.contains("![HAS_MANY on POSTGRESQL: time per load vs parents](benchmarks/postgresql-has-many.svg)")
			.contains("| warm-up | 3 x 1 s (first result file; per database below) |")
			.contains("| measurement | 5 x 1 s (first result file; per database below) |")
			.contains("| PostgreSQL server | PostgreSQL 17.2 |")
			.contains("| MariaDB server | 10.11.19-MariaDB |")
			.contains("JMH on POSTGRESQL: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement per benchmark (first pass).")
			.contains("| Relata | 0.1.0-TEST |")
			.contains("| JMH | 1.37 |")
			.contains("| JVM arguments | `-Xmx1g` |")
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
	void showsTheExplanationsOfMissedTargetsAfterTheTargets() throws Exception {
		Path report = this.directory.resolve("benchmarks.md");
		ReportContext sample = ReportSamples.context();
		ReportContext context = new ReportContext(sample.relataVersion(), sample.serverVersions(), sample.note(),
				sample.source(), sample.machine(), "- **HAS_MANY at 100**: measured why.\n");
		BenchmarkReport.write(Run.of(ReportSamples.read(ReportSamples.POSTGRESQL)), report, context,
				AllocationBaseline.NONE);
		String markdown = Files.readString(report);
		assertThat(markdown).contains("## Why targets were missed\n\n- **HAS_MANY at 100**: measured why.\n\n");
		assertThat(markdown.indexOf("## Why targets were missed")).isGreaterThan(markdown.indexOf("## Targets"))
			.isLessThan(markdown.indexOf("## Noise"));
		BenchmarkReport.write(Run.of(ReportSamples.read(ReportSamples.POSTGRESQL)), report, sample,
				AllocationBaseline.NONE);
		assertThat(Files.readString(report)).doesNotContain("Why targets were missed");
	}

	@Test
	void readsTheExplanationsOption() {
		ReportArguments arguments = ReportArguments
			.parse(new String[] { "r.json", "--explanations", "orm-benchmarks/explanations.md" });
		assertThat(arguments.explanations()).isEqualTo(Path.of("orm-benchmarks/explanations.md"));
		assertThat(ReportArguments.parse(new String[] { "r.json" }).explanations()).isNull();
	}

	@Test
	void writesAMariaDbSectionWithRefusedCellsAndTheSecondPass() throws Exception {
		Census census = new Census(java.util.Map.of("MARIADB/CHINOOK_CHAIN/100/JDBC", new LoadCounts(3, 2257)),
				List.of(new Refusal("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_JOIN", "Cannot JOIN albums.tracks")));
		JmhResults firstPass = JmhResults
			.merge(List.of(ReportSamples.read(ReportSamples.POSTGRESQL), ReportSamples.read(ReportSamples.MARIADB)));
		Run run = new Run(firstPass, ReportSamples.read(ReportSamples.MARIADB_RERUN).results(), census);
		Path report = this.directory.resolve("benchmarks.md");
		List<Path> written = BenchmarkReport.write(run, report, ReportSamples.context(), AllocationBaseline.NONE);
		assertThat(written).contains(this.directory.resolve("benchmarks/mariadb-chinook-chain.svg"));
		String markdown = Files.readString(report);
		String mariadb = markdown.substring(markdown.indexOf("## MARIADB"));
		assertThat(mariadb).contains("### CHINOOK_CHAIN (MARIADB)")
			.contains("`artist ORDER BY artist_id LIMIT n` (Chinook), then their albums, then the albums' tracks")
			.contains("| parents | JDBC | RELATA_JOIN | RELATA_BATCHED | RELATA_AUTO | RELATA_N_PLUS_ONE | HIBERNATE |")
			.contains("| 100 | 1.00 | not supported yet | 1.10 | 1.08 | 9.00 | 2.00 |")
			.contains(
					"| 100 | 1,000 ± 50.0 | not supported yet | 1,100 ± 40.0 | 1,080 ± 30.0 ‡ | 9,000 ± 100 | 2,000 ± 100 |")
			.contains("‡ measured again in the second pass: 3 forks, 3 x 1 s warm-up, 10 x 1 s measurement.")
			.contains("Not supported yet: Cannot JOIN albums.tracks")
			.contains("| 100 (2,257) | 133 | — |");
		assertThat(markdown).contains("| target | POSTGRESQL | MARIADB |")
			.contains("| MARIADB | 5 | 1 | 1 (3 forks, 3 x 1 s warm-up, 10 x 1 s measurement) | 0 | — |");
		assertThat(parse(written.get(written.size() - 1)).getElementsByTagName("polyline").getLength()).isEqualTo(5);
	}

	@Test
	void addsStatementsAndAllocationPerRowFromTheCensus() throws IOException {
		Census census = Census.parse("""
				[{"database": "POSTGRESQL", "scenario": "HAS_MANY", "size": 1, "contender": "RELATA_AUTO",
				  "statements": 1, "rows": 11},
				 {"database": "POSTGRESQL", "scenario": "HAS_MANY", "size": 1, "contender": "JDBC",
				  "statements": 2, "rows": 11}]
				""");
		Run run = new Run(ReportSamples.read(ReportSamples.POSTGRESQL), List.of(), census);
		BenchmarkResult auto = run.tables().get(0).result(1, "RELATA_AUTO").orElseThrow();
		assertThat(auto.counts()).isEqualTo(new LoadCounts(1, 11));
		assertThat(auto.allocatedBytesPerRow().orElseThrow()).isCloseTo(3000.0 / 11, within(1e-9));
		assertThat(run.tables().get(1).result(1, "RELATA_AUTO").orElseThrow().counts()).isNull();
		Path report = this.directory.resolve("benchmarks.md");
		BenchmarkReport.write(run, report, ReportSamples.context(), AllocationBaseline.NONE);
		assertThat(Files.readString(report)).contains("Statements per load")
			.contains("Allocation per loaded row")
			.contains("| parents (rows per load) |")
			.contains("| 1 (11) | 182 | 273 | — |");
	}

	@Test
	void savesAnAllocationBaselineThatReadsBack() throws IOException {
		Census census = Census.parse("""
				[{"database": "POSTGRESQL", "scenario": "HAS_MANY", "size": 1, "contender": "RELATA_AUTO",
				  "statements": 1, "rows": 11}]
				""");
		Run run = new Run(ReportSamples.read(ReportSamples.POSTGRESQL), List.of(), census);
		AllocationBaseline baseline = AllocationBaseline.of(run.tables(), "the sample");
		assertThat(baseline.entries())
			.containsExactly(new AllocationBaseline.Entry("POSTGRESQL", "HAS_MANY", 1, 272.7));
		Path file = this.directory.resolve("baseline.json");
		baseline.write(file);
		assertThat(AllocationBaseline.read(file)).isEqualTo(baseline);
		assertThat(AllocationBaseline.read(file).bytesPerRow("POSTGRESQL", "HAS_MANY", 1)).hasValue(272.7);
		assertThat(AllocationBaseline.read(file).bytesPerRow("MARIADB", "HAS_MANY", 1)).isEmpty();
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

	private static List<ScenarioTable> postgresTables() throws IOException {
		return ScenarioTable.of(ReportSamples.read(ReportSamples.POSTGRESQL).results());
	}

}
