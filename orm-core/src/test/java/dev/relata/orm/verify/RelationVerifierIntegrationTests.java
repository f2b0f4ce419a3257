package dev.relata.orm.verify;

import java.time.Instant;

import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;

import static dev.relata.orm.verify.VerifyFixture.applyFix;
import static dev.relata.orm.verify.VerifyFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The verifier on a whole schema: clean when the tables come from {@code OrmDdl} or from
 * unquoted hand-written DDL, every finding at once in a fixed order otherwise, and models
 * in another schema looked up there.
 */
class RelationVerifierIntegrationTests {

	@Table("rv_roles")
	record Role(@Id Long id, @Column(length = 40, nullable = false) String name) {
	}

	@Table("rv_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable Instant createdAt) {
	}

	@Table("rv_posts")
	record Post(@Id Long id, String title, long userId) {
	}

	@Table("rv_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("rv_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	@Table("rv_comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId) {
	}

	static OrmSchema blog() {
		return OrmSchema.builder()
			.models(Role.class, User.class, Post.class, Tag.class, PostTag.class, Comment.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r
								.belongsTo("role", Role.class, User::roleId,
										(fk) -> fk.onDelete(ReferentialAction.SET_NULL).index())
								.hasMany("posts", Post.class, Post::userId,
										(fk) -> fk.onDelete(ReferentialAction.CASCADE).index())),
					RelationDefinitions.of(Post.class,
							(r) -> r
								.manyToMany("tags", Tag.class,
										(m) -> m.through(PostTag.class)
											.from(PostTag::postId)
											.to(PostTag::tagId)
											.onDelete(ReferentialAction.CASCADE)
											.index())
								.morphMany("comments", Comment.class, "commentable")))
			.build();
	}

	private static final String[] TABLES = { "rv_comments", "rv_post_tags", "rv_tags", "rv_posts", "rv_users",
			"rv_roles" };

	@DatabaseTest
	void aSchemaCreatedWithOrmDdlHasNoFindings(TestDatabase db) {
		VerifyFixture.create(db, blog());
		VerificationReport report = verify(db, blog());
		assertThat(report.isClean()).as(report.describe()).isTrue();
		assertThat(report.database()).isEqualTo(db.dialect().name());
	}

	@DatabaseTest
	void aSchemaWrittenInUnquotedDdlIsFoundInTheDatabasesCase(TestDatabase db) {
		db.dropTables(TABLES);
		db.execute("CREATE TABLE RV_ROLES (ID BIGINT PRIMARY KEY, NAME VARCHAR(40) NOT NULL)",
				"CREATE TABLE Rv_Users (Id BIGINT PRIMARY KEY, Name VARCHAR(100), Role_Id BIGINT, Created_At "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE rv_posts (id BIGINT PRIMARY KEY, title VARCHAR(100), user_id BIGINT NOT NULL)",
				"CREATE TABLE rv_tags (id BIGINT PRIMARY KEY, name VARCHAR(100))",
				"CREATE TABLE rv_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "PRIMARY KEY (post_id, tag_id))",
				"CREATE TABLE rv_comments (id BIGINT PRIMARY KEY, body TEXT, commentable_type VARCHAR(40), "
						+ "commentable_id BIGINT)",
				"CREATE INDEX rv_users_role ON Rv_Users (Role_Id)", "CREATE INDEX rv_posts_user ON rv_posts (user_id)",
				"CREATE INDEX rv_post_tags_tag ON rv_post_tags (tag_id)",
				"ALTER TABLE Rv_Users ADD FOREIGN KEY (Role_Id) REFERENCES RV_ROLES (ID) ON DELETE SET NULL",
				"ALTER TABLE rv_posts ADD FOREIGN KEY (user_id) REFERENCES Rv_Users (Id) ON DELETE CASCADE",
				"ALTER TABLE rv_post_tags ADD FOREIGN KEY (post_id) REFERENCES rv_posts (id) ON DELETE CASCADE",
				"ALTER TABLE rv_post_tags ADD FOREIGN KEY (tag_id) REFERENCES rv_tags (id) ON DELETE CASCADE");
		if (db.kind() == DatabaseKind.MARIADB) {
			// MariaDB keeps table names as written: Rv_Users is not rv_users
			VerificationReport report = verify(db, blog());
			assertThat(report.findings()).extracting(VerificationFinding::kind, VerificationFinding::table)
				.containsExactly(tuple(FindingKind.MISSING_TABLE, "rv_roles"),
						tuple(FindingKind.MISSING_TABLE, "rv_users"));
			return;
		}
		VerificationReport report = verify(db, blog());
		assertThat(report.isClean()).as(report.describe()).isTrue();
	}

	@DatabaseTest
	void reportsEveryFindingAtOnceInSchemaOrder(TestDatabase db) {
		db.dropTables(TABLES);
		db.execute("CREATE TABLE rv_roles (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL)",
				"CREATE TABLE rv_users (id BIGINT PRIMARY KEY, name VARCHAR(100), role_id BIGINT, created_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE rv_posts (id BIGINT PRIMARY KEY, title VARCHAR(100), user_id BIGINT)",
				"CREATE TABLE rv_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL)",
				"CREATE TABLE rv_comments (id BIGINT PRIMARY KEY, body VARCHAR(100), commentable_id BIGINT)",
				"CREATE INDEX ix_rv_users_role_id ON rv_users (role_id)",
				"ALTER TABLE rv_users ADD CONSTRAINT fk_rv_users_role_id FOREIGN KEY (role_id) REFERENCES rv_roles (id)");

		VerificationReport report = verify(db, blog());
		assertThat(report.findings())
			.extracting(VerificationFinding::kind, VerificationFinding::model, VerificationFinding::relation,
					VerificationFinding::column)
			.containsExactly(row(FindingKind.MISSING_TABLE, "Tag", null, null),
					row(FindingKind.MISSING_MORPH_COLUMN, "Post", "comments", "commentable_type"),
					row(FindingKind.FOREIGN_KEY_ACTION_MISMATCH, "User", "role", "role_id"),
					row(FindingKind.MISSING_FOREIGN_KEY, "User", "posts", "user_id"),
					row(FindingKind.UNINDEXED_FOREIGN_KEY, "User", "posts", "user_id"),
					row(FindingKind.REQUIRED_RELATION_WITH_NULLABLE_COLUMN, "User", "posts", "user_id"),
					row(FindingKind.MISSING_FOREIGN_KEY, "Post", "tags", "post_id"),
					row(FindingKind.UNINDEXED_FOREIGN_KEY, "Post", "tags", "post_id"),
					row(FindingKind.JOIN_MODEL_WITHOUT_UNIQUE_PAIR, "Post", "tags", null),
					row(FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED, "Post", "tags", "tag_id"));
		assertThat(report.describe()).startsWith("Relata relation verifier: 10 findings on " + db.dialect().name());

		for (VerificationFinding finding : report.findings()) {
			if (finding.kind() == FindingKind.MISSING_TABLE) {
				applyFix(db, finding);
			}
		}
		for (VerificationFinding finding : verify(db, blog()).findings()) {
			applyFix(db, finding);
		}
		VerificationReport fixed = verify(db, blog());
		assertThat(fixed.isClean()).as(fixed.describe()).isTrue();
	}

	private static Tuple row(FindingKind kind, String model, @Nullable String relation, @Nullable String column) {
		return tuple(kind, model, relation, column);
	}

	/** A schema of its own, created and dropped by the test using it. */
	private static final String OTHER_SCHEMA = "relata_verify_other";

	@Table(value = "rv_shelves", schema = OTHER_SCHEMA)
	record Shelf(@Id Long id) {
	}

	@Table("rv_books")
	record Book(@Id Long id, @Nullable Long shelfId) {
	}

	@DatabaseTest
	void looksForAModelWithASchemaInThatSchema(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(Shelf.class, Book.class)
			.relations(RelationDefinitions.of(Book.class,
					(r) -> r.belongsTo("shelf", Shelf.class, Book::shelfId, (fk) -> fk.index())))
			.build();
		String kind = (db.kind() == DatabaseKind.MARIADB) ? "DATABASE " : "SCHEMA ";
		String cascade = (db.kind() == DatabaseKind.MARIADB) ? "" : " CASCADE";
		db.dropTables("rv_books", "rv_shelves");
		db.execute("DROP " + kind + "IF EXISTS " + OTHER_SCHEMA + cascade, "CREATE " + kind + OTHER_SCHEMA);
		try {
			// a table of that name in the connection's own schema must not count
			db.execute("CREATE TABLE rv_shelves (id BIGINT PRIMARY KEY)",
					"CREATE TABLE " + OTHER_SCHEMA + ".rv_shelves (id BIGINT PRIMARY KEY)",
					"CREATE TABLE rv_books (id BIGINT PRIMARY KEY, shelf_id BIGINT)",
					"CREATE INDEX ix_rv_books_shelf_id ON rv_books (shelf_id)",
					"ALTER TABLE rv_books ADD FOREIGN KEY (shelf_id) REFERENCES rv_shelves (id)");

			VerificationReport report = verify(db, schema);
			VerificationFinding missing = VerifyFixture.onlyFinding(report);
			assertThat(missing.kind()).isEqualTo(FindingKind.MISSING_FOREIGN_KEY);
			assertThat(missing.problem()).contains(OTHER_SCHEMA + ".rv_shelves");
			applyFix(db, missing);
			assertThat(verify(db, schema).isClean()).isTrue();

			db.dropTables(OTHER_SCHEMA + ".rv_shelves");
			assertThat(verify(db, schema).findings()).extracting(VerificationFinding::kind, VerificationFinding::table)
				.containsExactly(tuple(FindingKind.MISSING_TABLE, OTHER_SCHEMA + ".rv_shelves"));
		}
		finally {
			db.dropTables("rv_books", "rv_shelves");
			db.execute("DROP " + kind + OTHER_SCHEMA + cascade);
		}
	}

}
