package com.example.blog;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs the guide's Testcontainers example, {@link UserQueriesOnPostgreSQLTests}, which
 * Surefire leaves to this test: with Docker it passes on its PostgreSQL container;
 * without, it is skipped cleanly, before anything starts, instead of failing.
 */
class TestcontainersExampleTests {

	@Test
	void theExamplePassesWithDockerAndIsSkippedCleanlyWithout() {
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(UserQueriesOnPostgreSQLTests.class))
			.execute();

		results.allEvents().assertStatistics((events) -> events.failed(0).aborted(0));
		if (DockerClientFactory.instance().isDockerAvailable()) {
			results.testEvents().assertStatistics((tests) -> tests.started(1).succeeded(1));
		}
		else {
			results.testEvents().assertStatistics((tests) -> tests.started(0));
			assertThat(results.containerEvents().skipped().map((event) -> event.getPayload(String.class).orElse("")))
				.singleElement()
				.asString()
				.contains("Docker");
		}
	}

}
