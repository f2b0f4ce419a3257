package dev.relata.orm.verify;

import java.time.Instant;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static dev.relata.orm.verify.VerifyFixture.applyFix;
import static dev.relata.orm.verify.VerifyFixture.assertFinding;
import static dev.relata.orm.verify.VerifyFixture.onlyFinding;
import static dev.relata.orm.verify.VerifyFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table, column, type and morph-column findings on each database; each fix, run on the
 * database, makes its finding disappear.
 */
class TableFindingsIntegrationTests {

	@Table("tf_notes")
	record Note(@Id Long id, @Column(length = 80, nullable = false) String title, @Nullable Long views,
			@Nullable Instant createdAt) {
	}

	@Table("tf_posts")
	record Post(@Id Long id, String title) {
	}

	@Table("tf_comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId) {
	}

	private static OrmSchema notes() {
		return OrmSchema.builder().models(Note.class).build();
	}

	private static OrmSchema comments() {
		return OrmSchema.builder()
			.models(Post.class, Comment.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("comments", Comment.class, "commentable")))
			.build();
	}

	@DatabaseTest
	void aMissingTableIsCreatedByItsFix(TestDatabase db) {
		VerifyFixture.drop(db, notes());

		VerificationFinding finding = onlyFinding(verify(db, notes()));
		assertFinding(finding, FindingKind.MISSING_TABLE, "Note", null, "tf_notes", null);
		assertThat(finding.fix()).startsWith(db.sql("CREATE TABLE {tf_notes} ({id} BIGINT"));

		applyFix(db, finding);
		assertThat(verify(db, notes()).isClean()).isTrue();
	}

	@DatabaseTest
	void aMissingColumnIsAddedByItsFix(TestDatabase db) {
		VerifyFixture.create(db, notes());
		db.execute("ALTER TABLE tf_notes DROP COLUMN title");

		VerificationFinding finding = onlyFinding(verify(db, notes()));
		assertFinding(finding, FindingKind.MISSING_COLUMN, "Note", null, "tf_notes", "title");
		assertThat(finding.problem()).isEqualTo("tf_notes has no column title for Note.title (String)");
		assertThat(finding.fix()).isEqualTo(db.sql("ALTER TABLE {tf_notes} ADD COLUMN {title} VARCHAR(80) NOT NULL;"));

		applyFix(db, finding);
		assertThat(verify(db, notes()).isClean()).isTrue();
	}

	@DatabaseTest
	void aTextColumnForANumberIsChangedByItsFix(TestDatabase db) {
		db.recreate("tf_notes", "CREATE TABLE tf_notes (id BIGINT PRIMARY KEY, title VARCHAR(80) NOT NULL, "
				+ "views VARCHAR(20), created_at " + db.timestampWithTimeZone() + ")");

		VerificationFinding finding = onlyFinding(verify(db, notes()));
		assertFinding(finding, FindingKind.INCOMPATIBLE_COLUMN_TYPE, "Note", null, "tf_notes", "views");
		assertThat(finding.problem()).contains("tf_notes.views is", "which cannot hold Note.views (Long)",
				"it needs an integer column, such as BIGINT");
		assertThat(finding.fix()).isEqualTo(switch (db.kind()) {
			case POSTGRESQL -> db
				.sql("ALTER TABLE {tf_notes} ALTER COLUMN {views} SET DATA TYPE BIGINT USING CAST({views} AS BIGINT);");
			case MARIADB -> db.sql("ALTER TABLE {tf_notes} MODIFY COLUMN {views} BIGINT NULL;");
			case H2 -> db.sql("ALTER TABLE {tf_notes} ALTER COLUMN {views} SET DATA TYPE BIGINT;");
		});

		applyFix(db, finding);
		assertThat(verify(db, notes()).isClean()).isTrue();
	}

	@DatabaseTest
	void anInstantInATimestampWithoutTimeZoneIsIncompatibleWhereZonedTimestampsExist(TestDatabase db) {
		db.recreate("tf_notes", "CREATE TABLE tf_notes (id BIGINT PRIMARY KEY, title VARCHAR(80) NOT NULL, "
				+ "views BIGINT, created_at " + db.timestamp() + ")");

		VerificationReport report = verify(db, notes());
		if (db.kind() == DatabaseKind.MARIADB) {
			// no zoned type there: instants are UTC in DATETIME(6)
			assertThat(report.isClean()).as(report.describe()).isTrue();
			return;
		}
		VerificationFinding finding = onlyFinding(report);
		assertThat(finding.kind()).isEqualTo(FindingKind.INCOMPATIBLE_COLUMN_TYPE);
		assertThat(finding.column()).isEqualTo("created_at");
		assertThat(finding.problem()).contains("it needs a timestamp with time zone");
		applyFix(db, finding);
		assertThat(verify(db, notes()).isClean()).isTrue();
	}

	@DatabaseTest
	void aMissingMorphColumnIsReportedForItsRelationAndAddedByItsFix(TestDatabase db) {
		VerifyFixture.create(db, comments());
		db.execute("ALTER TABLE tf_comments DROP COLUMN commentable_type");

		VerificationFinding finding = onlyFinding(verify(db, comments()));
		assertFinding(finding, FindingKind.MISSING_MORPH_COLUMN, "Post", "comments", "tf_comments", "commentable_type");
		assertThat(finding.problem()).isEqualTo("tf_comments has no column commentable_type, the type column of the "
				+ "polymorphic relation Post.comments (morphMany)");
		assertThat(finding.fix())
			.isEqualTo(db.sql("ALTER TABLE {tf_comments} ADD COLUMN {commentable_type} VARCHAR(255);"));

		applyFix(db, finding);
		assertThat(verify(db, comments()).isClean()).isTrue();
	}

}
