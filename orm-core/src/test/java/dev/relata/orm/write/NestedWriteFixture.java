package dev.relata.orm.write;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmBuilder;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Models, tables and an {@link Orm} shared by the nested write database tests: users with
 * a role (belongsTo), a profile (hasOne, unique FK), posts (hasMany) and tags
 * (manyToMany), posts with comments whose FK is NOT NULL. Roles 1-2 and tags 1-4 are
 * seeded.
 */
final class NestedWriteFixture {

	@Table("nwt_users")
	record User(@Id Long id, @Column(nullable = false) String name, @Nullable Long roleId, @Nullable List<Post> posts,
			@Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags) {

		User(String name) {
			this(null, name, null, null, null, null, null);
		}

		User(String name, @Nullable Long roleId) {
			this(null, name, roleId, null, null, null, null);
		}

	}

	@Table("nwt_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("nwt_profiles")
	record Profile(@Id Long id, @Nullable Long userId, String bio) {
	}

	@Table("nwt_posts")
	record Post(@Id Long id, @Column(nullable = false) String title, @Nullable Long userId, @Nullable List<Tag> tags,
			@Nullable List<Comment> comments) {

		Post(String title) {
			this(null, title, null, null, null);
		}

	}

	@Table("nwt_comments")
	record Comment(@Id Long id, long postId, String body, @Nullable Post post) {
	}

	@Table("nwt_tags")
	record Tag(@Id Long id, @Column(nullable = false) String name) {
	}

	@Table("nwt_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	@Table("nwt_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private static final List<String> TABLES = List.of("nwt_comments", "nwt_post_tags", "nwt_user_tags", "nwt_posts",
			"nwt_profiles", "nwt_users", "nwt_roles", "nwt_tags");

	private NestedWriteFixture() {
	}

	static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Comment.class, Tag.class, UserTag.class,
					PostTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.hasMany("comments", Comment.class, Comment::postId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))),
					RelationDefinitions.of(Comment.class, (r) -> r.belongsTo("post", Post.class, Comment::postId)))
			.build();
	}

	/**
	 * Drops and creates the tables (pivot tables with foreign keys and a primary key on
	 * the pair), seeding roles 1 admin, 2 user and tags 1 java, 2 sql, 3 math, 4 spam.
	 */
	static void createTables(TestDatabase db) {
		TABLES.forEach((table) -> db.execute("DROP TABLE IF EXISTS " + table));
		db.execute("CREATE TABLE nwt_roles (id " + db.identity() + ", name VARCHAR(50) NOT NULL)",
				"CREATE TABLE nwt_tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL UNIQUE)",
				"CREATE TABLE nwt_users (id " + db.identity() + ", name VARCHAR(50) NOT NULL, role_id BIGINT, "
						+ "FOREIGN KEY (role_id) REFERENCES nwt_roles (id))",
				"CREATE TABLE nwt_profiles (id " + db.identity() + ", user_id BIGINT UNIQUE, bio VARCHAR(50) NOT NULL)",
				"CREATE TABLE nwt_posts (id " + db.identity() + ", title VARCHAR(50) NOT NULL, user_id BIGINT)",
				"CREATE TABLE nwt_comments (id " + db.identity() + ", post_id BIGINT NOT NULL, body VARCHAR(50))",
				"CREATE TABLE nwt_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, added_by VARCHAR(20), "
						+ "PRIMARY KEY (user_id, tag_id), FOREIGN KEY (user_id) REFERENCES nwt_users (id), "
						+ "FOREIGN KEY (tag_id) REFERENCES nwt_tags (id))",
				"CREATE TABLE nwt_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "PRIMARY KEY (post_id, tag_id), FOREIGN KEY (post_id) REFERENCES nwt_posts (id), "
						+ "FOREIGN KEY (tag_id) REFERENCES nwt_tags (id))",
				"INSERT INTO nwt_roles (name) VALUES ('admin')", "INSERT INTO nwt_roles (name) VALUES ('user')",
				"INSERT INTO nwt_tags (name) VALUES ('java')", "INSERT INTO nwt_tags (name) VALUES ('sql')",
				"INSERT INTO nwt_tags (name) VALUES ('math')", "INSERT INTO nwt_tags (name) VALUES ('spam')");
	}

	static Orm orm(TestDatabase db, StatementListener listener) {
		createTables(db);
		return builder(db).statementListener(listener).build();
	}

	static OrmBuilder builder(TestDatabase db) {
		return Orm.builder(db.dataSource(), schema());
	}

	static long count(TestDatabase db, String sql, Object... args) {
		Long count = db.jdbc().queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	static long insertUser(TestDatabase db, String name) {
		db.jdbc().update("INSERT INTO nwt_users (name) VALUES (?)", name);
		Long id = db.jdbc().queryForObject("SELECT MAX(id) FROM nwt_users", Long.class);
		return (id != null) ? id : 0;
	}

	static long insertRow(TestDatabase db, String table, String columns, Object... values) {
		db.jdbc()
			.update("INSERT INTO " + table + " (" + columns + ") VALUES (?" + ", ?".repeat(values.length - 1) + ")",
					values);
		Long id = db.jdbc().queryForObject("SELECT MAX(id) FROM " + table, Long.class);
		return (id != null) ? id : 0;
	}

	/**
	 * Records the statements an {@link Orm} runs.
	 */
	static final class Statements implements StatementListener {

		private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

		@Override
		public void beforeStatement(ExecutedStatement statement) {
			this.statements.add(statement);
		}

		List<ExecutedStatement> all() {
			return List.copyOf(this.statements);
		}

		void clear() {
			this.statements.clear();
		}

	}

}
