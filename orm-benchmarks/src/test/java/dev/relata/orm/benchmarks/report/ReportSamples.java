package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report tests' JMH result files (test resources) and results made in code.
 */
final class ReportSamples {

	/**
	 * PostgreSQL: HAS_MANY at 1 and 100 parents (N+1 only at 1), TOP3 at 1 parent without
	 * {@code -prof gc} and with single iterations.
	 */
	static final String POSTGRESQL = "/sample-jmh-results.json";

	/**
	 * MariaDB: CHINOOK_CHAIN at 100 parents, JDBC, BATCHED, AUTO (a wide error), N+1 and
	 * Hibernate; no RELATA_JOIN.
	 */
	static final String MARIADB = "/sample-jmh-results-mariadb.json";

	/**
	 * The second pass of {@link #MARIADB}: AUTO with 3 forks.
	 */
	static final String MARIADB_RERUN = "/sample-jmh-rerun-mariadb.json";

	private ReportSamples() {
	}

	static JmhResults read(String resource) throws IOException {
		try (InputStream in = ReportSamples.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JmhResults.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static BenchmarkResult result(String database, String scenario, int size, String contender, double score,
			double error) {
		return new BenchmarkResult(database, scenario, size, contender, score, error, "us/op", null,
				"1 fork, 3 x 1 s warm-up, 5 x 1 s measurement", false, null);
	}

	static BenchmarkResult result(String scenario, int size, String contender, double score) {
		return result("POSTGRESQL", scenario, size, contender, score, Double.NaN);
	}

	static ReportContext context() {
		return new ReportContext("0.1.0-TEST",
				java.util.Map.of("POSTGRESQL", "PostgreSQL 17.2", "MARIADB", "10.11.19-MariaDB"), "Quick sanity run",
				"sample-jmh-results.json", new Machine("Test CPU", 2, "4.0 GiB", "Linux"), null);
	}

}
