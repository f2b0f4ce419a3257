package dev.relata.orm.write;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Users with a role, a profile, posts and tags (through a join table with a primary key
 * on the pair, and one without any unique key), for the pivot and related() tests.
 */
final class PivotFixture {

	@Table("pv_users")
	record User(@Id Long id, String name, @Nullable Long roleId) {
	}

	@Table("pv_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("pv_profiles")
	record Profile(@Id Long id, @Nullable Long userId, String bio) {
	}

	@Table("pv_posts")
	record Post(@Id Long id, String title, @Nullable Long userId) {
	}

	@Table("pv_tags")
	record Tag(@Id Long id, String name) {
	}

	/** The join table with a primary key on (user_id, tag_id). */
	@Table("pv_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	/** The join table without any unique key on the pair. */
	@Table("pv_loose_tags")
	record LooseTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	static final String USERS = "pv_users";

	final List<ExecutedStatement> statements = new ArrayList<>();

	private final TestDatabase db;

	PivotFixture(TestDatabase db) {
		this.db = db;
		createTables();
	}

	/**
	 * Returns an Orm on the test database that records its statements.
	 */
	Orm orm() {
		return orm(this.db.dataSource());
	}

	/**
	 * Returns an Orm on a data source that records its statements.
	 */
	Orm orm(DataSource dataSource) {
		return Orm.builder(dataSource, schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				synchronized (PivotFixture.this.statements) {
					PivotFixture.this.statements.add(statement);
				}
			}
		}).build();
	}

	List<String> sql() {
		synchronized (this.statements) {
			return this.statements.stream().map(ExecutedStatement::sql).toList();
		}
	}

	long count(String sql, Object... args) {
		return this.db.jdbc().queryForObject(sql, Long.class, args);
	}

	/** The tag ids of a user in a join table, ascending. */
	List<Long> tagIds(String joinTable, long userId) {
		return this.db.jdbc()
			.queryForList("SELECT tag_id FROM " + joinTable + " WHERE user_id = ? ORDER BY tag_id", Long.class, userId);
	}

	static OrmSchema schema() {
		return OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, LooseTag.class)
			.relations(RelationDefinitions.of(User.class,
					(r) -> r.hasMany("posts", Post.class, Post::userId)
						.belongsTo("role", Role.class, User::roleId)
						.hasOne("profile", Profile.class, Profile::userId)
						.manyToMany("tags", Tag.class,
								(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))
						.manyToMany("looseTags", Tag.class,
								(m) -> m.through(LooseTag.class).from(LooseTag::userId).to(LooseTag::tagId))))
			.build();
	}

	/**
	 * Creates the tables: users 1 Ada (role 1), 2 Grace (no role), 3 Linus (role 2); tags
	 * 1..10 named tag1..tag10; posts 1, 2 of Ada and 3 of Grace; a profile of Ada.
	 */
	private void createTables() {
		TestDatabase db = this.db;
		db.execute("DROP TABLE IF EXISTS pv_user_tags", "DROP TABLE IF EXISTS pv_loose_tags");
		db.recreate("pv_roles", "CREATE TABLE pv_roles (id " + db.identity() + ", name VARCHAR(50) NOT NULL)");
		db.recreate("pv_users",
				"CREATE TABLE pv_users (id " + db.identity() + ", name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("pv_profiles",
				"CREATE TABLE pv_profiles (id " + db.identity() + ", user_id BIGINT, bio VARCHAR(50) NOT NULL)");
		db.recreate("pv_posts",
				"CREATE TABLE pv_posts (id " + db.identity() + ", title VARCHAR(50) NOT NULL, user_id BIGINT)");
		db.recreate("pv_tags", "CREATE TABLE pv_tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL)");
		db.recreate("pv_user_tags",
				"CREATE TABLE pv_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "added_by VARCHAR(20), PRIMARY KEY (user_id, tag_id), "
						+ "CONSTRAINT pv_user_tags_user FOREIGN KEY (user_id) REFERENCES pv_users (id), "
						+ "CONSTRAINT pv_user_tags_tag FOREIGN KEY (tag_id) REFERENCES pv_tags (id))");
		db.recreate("pv_loose_tags",
				"CREATE TABLE pv_loose_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "added_by VARCHAR(20), "
						+ "CONSTRAINT pv_loose_tags_user FOREIGN KEY (user_id) REFERENCES pv_users (id), "
						+ "CONSTRAINT pv_loose_tags_tag FOREIGN KEY (tag_id) REFERENCES pv_tags (id))");
		db.execute("INSERT INTO pv_roles (name) VALUES ('admin'), ('user')",
				"INSERT INTO pv_users (name, role_id) VALUES ('Ada', 1), ('Grace', NULL), ('Linus', 2)",
				"INSERT INTO pv_profiles (user_id, bio) VALUES (1, 'Builder')",
				"INSERT INTO pv_posts (title, user_id) VALUES ('First', 1), ('Second', 1), ('Other', 2)");
		for (int i = 1; i <= 10; i++) {
			db.execute("INSERT INTO pv_tags (name) VALUES ('tag" + i + "')");
		}
	}

}
