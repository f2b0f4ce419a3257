package dev.relata.orm.verify;

import java.util.List;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static dev.relata.orm.verify.VerifyFixture.applyFix;
import static dev.relata.orm.verify.VerifyFixture.assertFinding;
import static dev.relata.orm.verify.VerifyFixture.finding;
import static dev.relata.orm.verify.VerifyFixture.onlyFinding;
import static dev.relata.orm.verify.VerifyFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Join-model findings of a many-to-many on each database: no unique key on the pair, and
 * no index starting with the key towards the target; each fix, run on the database, makes
 * its finding disappear.
 */
class JoinModelFindingsIntegrationTests {

	@Table("jm_users")
	record User(@Id Long id, String name) {
	}

	@Table("jm_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("jm_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	private static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Tag.class, UserTag.class)
			.relations(RelationDefinitions.of(User.class,
					(r) -> r.manyToMany("tags", Tag.class,
							(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId).index())))
			.build();
	}

	private static void createTables(TestDatabase db, String userTags, String... more) {
		db.dropTables("jm_user_tags", "jm_users", "jm_tags");
		db.execute("CREATE TABLE jm_users (id BIGINT PRIMARY KEY, name VARCHAR(255))",
				"CREATE TABLE jm_tags (id BIGINT PRIMARY KEY, name VARCHAR(255))", userTags);
		db.execute(more);
	}

	@DatabaseTest
	void theSchemaFromOrmDdlHasAUniquePairAndBothIndexes(TestDatabase db) {
		VerifyFixture.create(db, schema());
		VerificationReport report = verify(db, schema());
		assertThat(report.isClean()).as(report.describe()).isTrue();
	}

	@DatabaseTest
	void aJoinTableWithoutAUniquePairGetsAUniqueIndexFromItsFix(TestDatabase db) {
		createTables(db, "CREATE TABLE jm_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL)",
				"CREATE INDEX ix_jm_user_tags_user_id ON jm_user_tags (user_id)",
				"CREATE INDEX ix_jm_user_tags_tag_id ON jm_user_tags (tag_id)",
				"ALTER TABLE jm_user_tags ADD CONSTRAINT fk_jm_user_tags_user_id FOREIGN KEY (user_id) "
						+ "REFERENCES jm_users (id)",
				"ALTER TABLE jm_user_tags ADD CONSTRAINT fk_jm_user_tags_tag_id FOREIGN KEY (tag_id) "
						+ "REFERENCES jm_tags (id)");

		VerificationFinding finding = onlyFinding(verify(db, schema()));
		assertFinding(finding, FindingKind.JOIN_MODEL_WITHOUT_UNIQUE_PAIR, "User", "tags", "jm_user_tags", null);
		assertThat(finding.problem()).contains("no primary key or unique index on (user_id, tag_id)");
		assertThat(finding.fix()).isEqualTo(db
			.sql("CREATE UNIQUE INDEX {ux_jm_user_tags_user_id_tag_id} ON {jm_user_tags} ({user_id}, {tag_id});"));

		applyFix(db, finding);
		assertThat(verify(db, schema()).isClean()).isTrue();
	}

	@DatabaseTest
	void aUniquePairInTheOtherOrderCountsToo(TestDatabase db) {
		createTables(db,
				"CREATE TABLE jm_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "PRIMARY KEY (tag_id, user_id))",
				"CREATE INDEX ix_jm_user_tags_user_id ON jm_user_tags (user_id)",
				"ALTER TABLE jm_user_tags ADD CONSTRAINT fk_jm_user_tags_user_id FOREIGN KEY (user_id) "
						+ "REFERENCES jm_users (id)",
				"ALTER TABLE jm_user_tags ADD CONSTRAINT fk_jm_user_tags_tag_id FOREIGN KEY (tag_id) "
						+ "REFERENCES jm_tags (id)");
		VerificationReport report = verify(db, schema());
		assertThat(report.isClean()).as(report.describe()).isTrue();
	}

	@DatabaseTest
	void aJoinTableWithoutAnIndexFromTheTargetSideGetsOneFromItsFix(TestDatabase db) {
		// without a foreign key on tag_id, as MariaDB and H2 index a column with one
		createTables(db,
				"CREATE TABLE jm_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "PRIMARY KEY (user_id, tag_id))",
				"ALTER TABLE jm_user_tags ADD CONSTRAINT fk_jm_user_tags_user_id FOREIGN KEY (user_id) "
						+ "REFERENCES jm_users (id)");

		VerificationReport report = verify(db, schema());
		assertThat(report.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY, FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED);
		VerificationFinding finding = finding(report, FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED);
		assertFinding(finding, FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED, "User", "tags", "jm_user_tags", "tag_id");
		assertThat(finding.fix())
			.isEqualTo(db.sql("CREATE INDEX {ix_jm_user_tags_tag_id} ON {jm_user_tags} ({tag_id});"));

		applyFix(db, finding);
		VerificationReport after = verify(db, schema());
		assertThat(after.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY);
		assertThat(after.findings().get(0).column()).isEqualTo("tag_id");
		applyFix(db, after.findings().get(0));
		assertThat(verify(db, schema()).findings()).isEqualTo(List.of());
	}

}
