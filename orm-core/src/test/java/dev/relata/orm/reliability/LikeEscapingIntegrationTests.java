package dev.relata.orm.reliability;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.reliability.ReliabilityFixture.Measure;
import dev.relata.orm.reliability.ReliabilityFixture.Tag;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code whereContains}, {@code whereStartsWith} and {@code whereEndsWith} take the
 * user's text literally: {@code %}, {@code _}, {@code !} and backslashes in it match only
 * themselves, through {@code LIKE ? ESCAPE '!'} on every database.
 */
class LikeEscapingIntegrationTests {

	private static final List<String> NAMES = List.of("100%", "1000", "a_b", "axb", "x!y", "x!!y", "c:\\dir", "c:dir",
			"50% off_", "5000 off");

	private ReliabilityFixture fixture;

	private OrmRepository<Tag> tags(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		db.execute("DELETE FROM rc_tags");
		OrmRepository<Tag> tags = this.fixture.orm().repository(Tag.class);
		tags.insertAll(NAMES.stream().map((name) -> new Tag(null, name)).toList());
		this.fixture.statements.clear();
		return tags;
	}

	private static List<String> names(List<Tag> tags) {
		return tags.stream().map(Tag::name).sorted().toList();
	}

	@DatabaseTest
	void wildcardsInTheTextMatchOnlyThemselves(TestDatabase db) {
		OrmRepository<Tag> tags = tags(db);
		assertThat(names(tags.query().whereContains("name", "%").many())).containsExactly("100%", "50% off_");
		assertThat(names(tags.query().whereStartsWith("name", "a_").many())).containsExactly("a_b");
		assertThat(names(tags.query().whereEndsWith("name", "off_").many())).containsExactly("50% off_");
		assertThat(names(tags.query().whereContains("name", "_").many())).containsExactly("50% off_", "a_b");
		assertThat(this.fixture.statements).hasSize(4)
			.allSatisfy((statement) -> assertThat(statement.sql()).endsWith(" LIKE ? ESCAPE '!'"));
		assertThat(this.fixture.statements.get(1).binds()).containsExactly("a!_%");
	}

	@DatabaseTest
	void theEscapeCharacterAndBackslashesInTheTextAreLiteralToo(TestDatabase db) {
		OrmRepository<Tag> tags = tags(db);
		assertThat(names(tags.query().whereContains("name", "!").many())).containsExactly("x!!y", "x!y");
		assertThat(names(tags.query().whereContains("name", "x!y").many())).containsExactly("x!y");
		assertThat(names(tags.query().whereContains("name", "\\").many())).containsExactly("c:\\dir");
		assertThat(names(tags.query().whereStartsWith("name", "c:\\d").many())).containsExactly("c:\\dir");
		assertThat(names(tags.query().whereEndsWith("name", "").many())).hasSize(NAMES.size());
	}

	@DatabaseTest
	void combinesWithOtherConditionsAndRelationQueries(TestDatabase db) {
		OrmRepository<Tag> tags = tags(db);
		assertThat(names(tags.query().whereContains("name", "0").whereStartsWith("name", "5").many()))
			.containsExactly("50% off_", "5000 off");
		assertThat(tags.query().whereGroup((g) -> g.whereEndsWith("name", "%")).count()).isOne();
	}

	@DatabaseTest
	void refusesANullTextAndANonTextProperty(TestDatabase db) {
		OrmRepository<Tag> tags = tags(db);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> tags.query().whereContains("name", null))
			.withMessage("whereContains(...) got null for text; pass a non-null text");
		OrmRepository<Measure> measures = this.fixture.orm().repository(Measure.class);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> measures.query().whereStartsWith("amount", "1"))
			.withMessage("whereStartsWith(...) needs a text property; Measure.amount is a Double");
		assertThat(this.fixture.statements).isEmpty();
	}

}
