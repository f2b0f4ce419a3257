package dev.relata.orm.internal.sql;

import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.sql.dialect.IdentifierCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer folds and quotes each schema name once and keeps it, up to a bound, with
 * the same result as quoting it afresh.
 */
class IdentifierQuotingCacheTests {

	@Test
	void aNameIsQuotedOnceAndKept() {
		SqlRenderer renderer = new SqlRenderer(Dialects.H2, IdentifierCase.UPPER);
		assertThat(renderer.identifier("user_id")).isEqualTo("\"USER_ID\"");
		assertThat(renderer.identifier("user_id")).isEqualTo("\"USER_ID\"");
		assertThat(renderer.identifier("we\"ird")).isEqualTo("\"WE\"\"IRD\"");
		assertThat(renderer.quotedCount()).isEqualTo(2);
	}

	@Test
	void moreNamesThanTheBoundAreStillQuotedButNotKept() {
		SqlRenderer renderer = new SqlRenderer(Dialects.POSTGRESQL, IdentifierCase.LOWER);
		for (int i = 0; i < 10_050; i++) {
			assertThat(renderer.identifier("Column_" + i)).isEqualTo("\"column_" + i + "\"");
		}
		assertThat(renderer.quotedCount()).isEqualTo(10_000);
	}

	@Test
	void eachProfileHasOneRendererThatKeepsItsNames() {
		DatabaseProfile profile = new DatabaseProfile(Dialects.MARIADB, IdentifierCase.LOWER);
		assertThat(profile.renderer()).isSameAs(profile.renderer());
		profile.renderer().identifier("posts");
		assertThat(profile.renderer().quotedCount()).isEqualTo(1);
		assertThat(profile.renderer().identifier("posts")).isEqualTo("`posts`");
	}

}
