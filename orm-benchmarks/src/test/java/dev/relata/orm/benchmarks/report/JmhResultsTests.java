package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JmhResults}: JMH's JSON read with Jackson.
 */
class JmhResultsTests {

	@Test
	void readsResultsAndSettings() throws IOException {
		JmhResults results = ReportSamples.read(ReportSamples.POSTGRESQL);
		assertThat(results.results()).hasSize(7);
		BenchmarkResult first = results.results().get(0);
		assertThat(first.database()).isEqualTo("POSTGRESQL");
		assertThat(first.scenario()).isEqualTo("HAS_MANY");
		assertThat(first.contender()).isEqualTo("RELATA_AUTO");
		assertThat(first.size()).isEqualTo(1);
		assertThat(first.score()).isEqualTo(110.0);
		assertThat(first.error()).isEqualTo(4.0);
		assertThat(first.unit()).isEqualTo("us/op");
		assertThat(first.allocatedBytes()).isEqualTo(3000.0);
		assertThat(first.allocation().error()).isNaN();
		assertThat(first.iterations()).isEqualTo("1 fork, 3 x 1 s warm-up, 5 x 1 s measurement");
		assertThat(first.remeasured()).isFalse();
		assertThat(results.results().get(6).error()).isNaN();
		assertThat(results.results().get(6).allocatedBytes()).isNull();
		JmhSettings settings = results.settings();
		assertThat(settings.jmhVersion()).isEqualTo("1.37");
		assertThat(settings.jdkVersion()).isEqualTo("17.0.15");
		assertThat(settings.vm()).isEqualTo("OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1");
		assertThat(settings.forks()).isEqualTo(1);
		assertThat(settings.warmup()).isEqualTo("3 x 1 s");
		assertThat(settings.measurement()).isEqualTo("5 x 1 s");
		assertThat(settings.jvmArgs()).isEqualTo("-Xmx1g");
		assertThat(JmhResults.merge(List.of(results, results)).results()).hasSize(14);
	}

	@Test
	void secondPassResultsReplaceTheFirstPassOnesOfTheirCombinations() throws IOException {
		JmhResults firstPass = ReportSamples.read(ReportSamples.MARIADB);
		List<BenchmarkResult> secondPass = ReportSamples.read(ReportSamples.MARIADB_RERUN).results();
		JmhResults merged = firstPass.replacedBy(secondPass);
		assertThat(merged.results()).extracting(BenchmarkResult::contender)
			.containsExactly("JDBC", "RELATA_BATCHED", "RELATA_AUTO", "RELATA_N_PLUS_ONE", "HIBERNATE");
		BenchmarkResult auto = merged.results().get(2);
		assertThat(auto.score()).isEqualTo(1080.0);
		assertThat(auto.remeasured()).isTrue();
		assertThat(auto.iterations()).isEqualTo("3 forks, 3 x 1 s warm-up, 10 x 1 s measurement");
		assertThat(merged.results().get(0).remeasured()).isFalse();
		assertThat(merged.settings().jvmArgs()).isEqualTo("-Xms2g -Xmx2g");
	}

	@Test
	void refusesTextThatIsNoJmhResultFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> JmhResults.parse("{}"))
			.withMessageStartingWith("Not a JMH result file");
		assertThatIllegalArgumentException().isThrownBy(() -> JmhResults.parse("[]"))
			.withMessageContaining("expected a non-empty JSON array");
		assertThatIllegalArgumentException().isThrownBy(() -> JmhResults.parse("[{\"params\": "))
			.withMessageStartingWith("Not a JMH result file");
	}

}
