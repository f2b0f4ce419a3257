package dev.relata.orm.write;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.PivotFixture.Tag;
import dev.relata.orm.write.PivotFixture.User;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SQL of an attach per database: {@code ON CONFLICT DO NOTHING} on PostgreSQL with a
 * unique key on the pair, a guarded {@code INSERT ... SELECT ... NOT EXISTS} otherwise,
 * never {@code INSERT IGNORE}; and errors of a guarded insert are not swallowed.
 */
class PivotAttachSqlIntegrationTests {

	private static final User ADA = new User(1L, "Ada", 1L);

	private PivotFixture fixture;

	private Related<Tag> related(TestDatabase db, String relation) {
		this.fixture = new PivotFixture(db);
		OrmRepository<User> users = this.fixture.orm().repository(User.class);
		return users.related(ADA, relation, Tag.class);
	}

	private List<ExecutedStatement> inserts() {
		return this.fixture.statements.stream().filter((statement) -> statement.sql().startsWith("INSERT")).toList();
	}

	@DatabaseTest(only = DatabaseKind.POSTGRESQL)
	void attachOnPostgresqlWithAPrimaryKeyOnThePairUsesOnConflictDoNothing(TestDatabase db) {
		Related<Tag> tags = related(db, "tags");
		assertThat(tags.attach(List.of(1L, 2L))).isEqualTo(2);
		assertThat(inserts()).hasSize(1).allSatisfy((insert) -> {
			assertThat(insert.sql()).containsIgnoringCase("pv_user_tags")
				.contains("VALUES")
				.endsWith("ON CONFLICT DO NOTHING")
				.doesNotContain("NOT EXISTS");
			assertThat(insert.batchSize()).isEqualTo(2);
		});
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L, 2L);
	}

	@DatabaseTest
	void attachWithoutAUniqueKeyOnThePairIsAGuardedInsertSelect(TestDatabase db) {
		Related<Tag> tags = related(db, "looseTags");
		assertThat(tags.attach(3L)).isEqualTo(1);
		assertThat(inserts()).hasSize(1);
		assertGuarded(inserts().get(0), "pv_loose_tags");
		db.execute("INSERT INTO pv_loose_tags (user_id, tag_id) VALUES (1, 5)");
		assertThat(tags.attach(List.of(3L, 4L, 5L, 6L))).isEqualTo(2);
		assertThat(inserts()).allSatisfy((insert) -> assertGuarded(insert, "pv_loose_tags"));
		assertThat(this.fixture.tagIds("pv_loose_tags", 1)).containsExactly(3L, 4L, 5L, 6L);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM pv_loose_tags")).isEqualTo(4);
	}

	@DatabaseTest(only = DatabaseKind.POSTGRESQL)
	void aPrimaryKeyOnATableOfTheSameNameInAnotherSchemaDoesNotCount(TestDatabase db) {
		Related<Tag> tags = related(db, "looseTags");
		String other = db.name() + "_other";
		db.execute("CREATE SCHEMA " + other, "CREATE TABLE " + other + ".pv_loose_tags (user_id BIGINT NOT NULL, "
				+ "tag_id BIGINT NOT NULL, added_by VARCHAR(20), PRIMARY KEY (user_id, tag_id))");
		try {
			assertThat(tags.attach(List.of(1L, 2L))).isEqualTo(2);
			assertThat(inserts()).isNotEmpty().allSatisfy((insert) -> assertGuarded(insert, "pv_loose_tags"));
			assertThat(this.fixture.tagIds("pv_loose_tags", 1)).containsExactly(1L, 2L);
		}
		finally {
			db.execute("DROP SCHEMA " + other + " CASCADE");
		}
	}

	@DatabaseTest(only = { DatabaseKind.MARIADB, DatabaseKind.H2 })
	void attachOnMariadbAndH2IsGuardedEvenWithAPrimaryKeyOnThePair(TestDatabase db) {
		Related<Tag> tags = related(db, "tags");
		assertThat(tags.attach(List.of(1L, 2L, 3L))).isEqualTo(3);
		assertThat(inserts()).isNotEmpty().allSatisfy((insert) -> assertGuarded(insert, "pv_user_tags"));
		assertThat(inserts().stream().mapToInt(ExecutedStatement::batchSize).map((size) -> Math.max(size, 1)).sum())
			.isEqualTo(3);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L, 2L, 3L);
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void guardedAttachesOnMariadbRunOneStatementPerRow(TestDatabase db) {
		Related<Tag> tags = related(db, "looseTags");
		assertThat(tags.attach(List.of(1L, 2L, 3L))).isEqualTo(3);
		assertThat(inserts()).hasSize(3).allSatisfy((insert) -> assertThat(insert.batchSize()).isLessThanOrEqualTo(1));
		assertThat(this.fixture.tagIds("pv_loose_tags", 1)).containsExactly(1L, 2L, 3L);
	}

	@DatabaseTest
	void syncAndToggleInsertWithTheSameStatementsAsAttach(TestDatabase db) {
		Related<Tag> loose = related(db, "looseTags");
		loose.sync(List.of(1L, 2L));
		loose.toggle(List.of(2L, 3L));
		assertThat(inserts()).isNotEmpty().allSatisfy((insert) -> assertGuarded(insert, "pv_loose_tags"));
		assertThat(this.fixture.tagIds("pv_loose_tags", 1)).containsExactly(1L, 3L);
		this.fixture.statements.clear();
		Related<Tag> tags = this.fixture.orm().repository(User.class).related(ADA, "tags", Tag.class);
		tags.sync(List.of(1L, 2L));
		tags.toggle(List.of(2L, 3L));
		assertThat(inserts()).isNotEmpty()
			.allSatisfy((insert) -> assertThat(insert.sql().endsWith("ON CONFLICT DO NOTHING"))
				.isEqualTo(db.kind() == DatabaseKind.POSTGRESQL));
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L, 3L);
	}

	@DatabaseTest
	void guardedAttachOfAMissingTargetFailsWithAForeignKeyViolationAndWritesNothing(TestDatabase db) {
		Related<Tag> tags = related(db, "looseTags");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> tags.attach(99L));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> tags.attach(List.of(2L, 99L, 3L)));
		// the targets are checked before any insert
		assertThat(inserts()).isEmpty();
		assertThat(this.fixture.count("SELECT COUNT(*) FROM pv_loose_tags")).isZero();
	}

	@DatabaseTest
	void attachOfAMissingTargetFailsWithAForeignKeyViolationWithAPrimaryKeyOnThePair(TestDatabase db) {
		Related<Tag> tags = related(db, "tags");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> tags.attach(List.of(2L, 99L)));
		assertThat(this.fixture.count("SELECT COUNT(*) FROM pv_user_tags")).isZero();
	}

	@DatabaseTest
	void syncToAMissingTargetFailsAndRollsBackItsDetach(TestDatabase db) {
		Related<Tag> tags = related(db, "looseTags");
		db.execute("INSERT INTO pv_loose_tags (user_id, tag_id, added_by) VALUES (1, 1, 'kept')");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> tags.sync(List.of(2L, 99L)));
		assertThat(this.fixture.statements).anyMatch((statement) -> statement.sql().startsWith("DELETE"));
		assertThat(this.fixture.tagIds("pv_loose_tags", 1)).containsExactly(1L);
		assertThat(db.jdbc().queryForObject("SELECT added_by FROM pv_loose_tags", String.class)).isEqualTo("kept");
	}

	private void assertGuarded(ExecutedStatement insert, String table) {
		assertThat(insert.sql()).startsWith("INSERT INTO")
			.containsIgnoringCase(table)
			.contains("SELECT")
			.contains("NOT EXISTS")
			.doesNotContain("ON CONFLICT")
			.doesNotContainIgnoringCase("INSERT IGNORE");
	}

}
