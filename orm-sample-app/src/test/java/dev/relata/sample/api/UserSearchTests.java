package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.query.LoadStrategy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checking the parameters of the user search, without a database.
 */
class UserSearchTests {

	@Test
	void missingParametersTakeTheirDefaults() {
		UserSearch search = UserSearch.of(new UserSearchParameters(null, null, null, null, null, null));
		assertThat(search).isEqualTo(new UserSearch(List.of(), LoadStrategy.AUTO, 20, 0, List.of(), null));
	}

	@Test
	void listsAreSplitOnCommasAndTrimmedAndStrategiesIgnoreCase() {
		UserSearch search = UserSearch
			.of(new UserSearchParameters(" posts.tags , role,", "BATCHED", "5", "10", "posts", " java "));
		assertThat(search).isEqualTo(
				new UserSearch(List.of("posts.tags", "role"), LoadStrategy.BATCHED, 5, 10, List.of("posts"), "java"));
	}

	@Test
	void badValuesNameTheirParameter() {
		assertField(new UserSearchParameters(null, "fast", null, null, null, null), "strategy");
		assertField(new UserSearchParameters(null, null, "0", null, null, null), "limit");
		assertField(new UserSearchParameters(null, null, "101", null, null, null), "limit");
		assertField(new UserSearchParameters(null, null, "1e3", null, null, null), "limit");
		assertField(new UserSearchParameters(null, null, null, "-1", null, null), "offset");
		assertField(new UserSearchParameters("posts..tags", null, null, null, null, null), "load");
		assertField(new UserSearchParameters(null, null, null, null, ".posts", null), "has");
	}

	private static void assertField(UserSearchParameters parameters, String field) {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> UserSearch.of(parameters))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("field", field));
	}

}
