package dev.relata.orm.benchmarks.report;

import org.junit.jupiter.api.Test;

import dev.relata.orm.benchmarks.report.Census.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Census}: the statement census' counts and refusals.
 */
class CensusTests {

	@Test
	void readsCountsAndRefusals() {
		Census census = Census.parse("""
				[{"database": "MARIADB", "scenario": "CHINOOK_CHAIN", "size": 100, "contender": "JDBC",
				  "statements": 3, "rows": 2257},
				 {"database": "MARIADB", "scenario": "CHINOOK_CHAIN", "size": 100, "contender": "RELATA_JOIN",
				  "statements": 0, "rows": 0, "refused": "Cannot JOIN albums.tracks"}]
				""");
		assertThat(census.counts()).containsOnlyKeys("MARIADB/CHINOOK_CHAIN/100/JDBC");
		assertThat(census.counts().get("MARIADB/CHINOOK_CHAIN/100/JDBC")).isEqualTo(new LoadCounts(3, 2257));
		assertThat(census.refusals())
			.containsExactly(new Refusal("MARIADB", "CHINOOK_CHAIN", 100, "RELATA_JOIN", "Cannot JOIN albums.tracks"));
		assertThat(census.plus(Census.NONE)).isEqualTo(census);
	}

	@Test
	void refusesACensusThatIsNotOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Census.parse("{}"))
			.withMessageStartingWith("Not a statement census");
		assertThatIllegalArgumentException().isThrownBy(() -> Census.parse("[{\"database\": \"H2\", \"size\": \"x\"}]"))
			.withMessageStartingWith("Not a statement census");
	}

}
