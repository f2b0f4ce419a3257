package dev.relata.orm.docs;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.verify.FindingKind;
import dev.relata.orm.verify.RelationVerifier;
import dev.relata.orm.verify.VerificationFinding;
import dev.relata.orm.verify.VerificationReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of {@code docs/verifier.md}, run on every database: each method holds the
 * code of one snippet, unchanged, and checks what the page says.
 */
class VerifierDocumentationIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(VerifierDocumentationIntegrationTests.class);

	// --- models (docs: "The example schema") ---

	@Table("vd_roles")
	public record Role(@Id Long id, @Column(length = 50, nullable = false) String name) {
	}

	@Table("vd_users")
	public record User(@Id Long id, @Column(length = 100, nullable = false) String name, @Nullable Long roleId) {
	}

	@Table("vd_posts")
	public record Post(@Id Long id, @Column(length = 200, nullable = false) String title, long userId) {
	}

	private static OrmSchema blogSchema() {
		// docs: "The example schema"
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Post.class)
			.relations(RelationDefinitions.of(User.class, r -> r
				.belongsTo("role", Role.class, User::roleId, fk -> fk.onDelete(ReferentialAction.SET_NULL).index())
				.hasMany("posts", Post.class, Post::userId, fk -> fk.onDelete(ReferentialAction.CASCADE).index())))
			.build();
		return schema;
	}

	/**
	 * The tables by hand, as an application's migrations might have left them: the posts
	 * table without its foreign key and index.
	 */
	private static void createTablesWithoutThePostsKey(TestDatabase db) {
		db.dropTables("vd_posts", "vd_users", "vd_roles");
		db.execute("CREATE TABLE vd_roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)",
				"CREATE TABLE vd_users (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, role_id BIGINT)",
				"CREATE TABLE vd_posts (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, user_id BIGINT NOT NULL)",
				"CREATE INDEX ix_vd_users_role_id ON vd_users (role_id)",
				"ALTER TABLE vd_users ADD CONSTRAINT fk_vd_users_role_id FOREIGN KEY (role_id) REFERENCES vd_roles (id) "
						+ "ON DELETE SET NULL");
	}

	@DatabaseTest
	void verifyAtStartup(TestDatabase db) {
		createTablesWithoutThePostsKey(db);
		OrmSchema schema = blogSchema();
		DataSource dataSource = db.dataSource();
		// test: verifyAtStartup
		RelationVerifier verifier = RelationVerifier.of(schema);
		VerificationReport report = verifier.verify(dataSource);
		if (!report.isClean()) {
			log.warn(report.describe());
		}
		// end

		assertThat(report.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY, FindingKind.UNINDEXED_FOREIGN_KEY);
		assertThat(report.describe()).startsWith("Relata relation verifier: 2 findings on " + db.dialect().name());
	}

	@DatabaseTest
	void eachFindingNamesItsRelationAndItsFix(TestDatabase db) {
		createTablesWithoutThePostsKey(db);
		VerificationReport report = RelationVerifier.of(blogSchema()).verify(db.dataSource());
		// test: eachFindingNamesItsRelationAndItsFix
		VerificationFinding finding = report.findings().get(0);
		finding.kind(); // MISSING_FOREIGN_KEY
		finding.model(); // "User": the model the relation is defined on
		finding.relation(); // "posts"
		finding.table(); // "vd_posts": where the key belongs
		finding.column(); // "user_id"
		finding.fix(); // ALTER TABLE "vd_posts" ADD CONSTRAINT "fk_vd_posts_user_id" ...;
		// end

		assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_FOREIGN_KEY);
		assertThat(finding.model()).isEqualTo("User");
		assertThat(finding.relation()).isEqualTo("posts");
		assertThat(finding.table()).isEqualTo("vd_posts");
		assertThat(finding.column()).isEqualTo("user_id");
		assertThat(finding.fix()).isEqualTo(db.sql("ALTER TABLE {vd_posts} ADD CONSTRAINT {fk_vd_posts_user_id} "
				+ "FOREIGN KEY ({user_id}) REFERENCES {vd_users} ({id}) ON DELETE CASCADE;"));
	}

	@DatabaseTest
	void applyTheFixesOfADevelopmentDatabase(TestDatabase db) {
		createTablesWithoutThePostsKey(db);
		OrmSchema schema = blogSchema();
		DataSource dataSource = db.dataSource();
		JdbcTemplate jdbcTemplate = db.jdbc();
		// test: applyTheFixesOfADevelopmentDatabase
		VerificationReport report = RelationVerifier.of(schema).verify(dataSource);
		for (VerificationFinding finding : report.findings()) {
			finding.fixStatements().forEach(jdbcTemplate::execute);
		}
		// end

		assertThat(RelationVerifier.of(schema).verify(dataSource).isClean()).isTrue();
	}

	@DatabaseTest
	void aTestThatTheMigrationsMatchTheRelations(TestDatabase db) {
		db.dropTables("vd_posts", "vd_users", "vd_roles");
		OrmSchema schema = blogSchema();
		List<String> migrations = new ArrayList<>(OrmDdl.createTables(schema, db.dialect()));
		migrations.addAll(OrmDdl.render(OrmDdl.foreignKeys(schema), db.dialect()));
		db.execute(migrations.toArray(String[]::new));
		DataSource dataSource = db.dataSource();
		// test: aTestThatTheMigrationsMatchTheRelations
		VerificationReport report = RelationVerifier.of(schema).verify(dataSource);
		assertThat(report.findings()).as(report.describe()).isEmpty();
		// end
	}

}
