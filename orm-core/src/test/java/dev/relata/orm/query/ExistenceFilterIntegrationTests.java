package dev.relata.orm.query;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existence and count filters on every relation kind, checked against hand-written SQL.
 */
class ExistenceFilterIntegrationTests {

	@Table("ef_users")
	record User(@Id Long id, String name, @Nullable Long roleId, boolean active, @Nullable List<Post> posts,
			@Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags) {
	}

	@Table("ef_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("ef_profiles")
	record Profile(@Id Long id, Long userId, String bio) {
	}

	@Table("ef_posts")
	record Post(@Id Long id, String title, Long userId, boolean published, @Nullable List<Tag> tags) {
	}

	@Table("ef_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("ef_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("ef_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private OrmRepository<User> users(TestDatabase db) {
		for (String table : List.of("ef_user_tags", "ef_post_tags", "ef_posts", "ef_profiles", "ef_users", "ef_roles",
				"ef_tags")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE ef_roles (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE ef_users (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, role_id BIGINT, active "
						+ db.booleanType() + " NOT NULL)",
				"CREATE TABLE ef_profiles (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, bio VARCHAR(20) NOT NULL)",
				"CREATE TABLE ef_posts (id BIGINT PRIMARY KEY, title VARCHAR(20) NOT NULL, user_id BIGINT NOT NULL, "
						+ "published " + db.booleanType() + " NOT NULL)",
				"CREATE TABLE ef_tags (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE ef_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))",
				"CREATE TABLE ef_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))",
				"INSERT INTO ef_roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO ef_users VALUES (1, 'Ada', 1, TRUE), (2, 'Grace', 2, FALSE), (3, 'Alan', NULL, FALSE), "
						+ "(4, 'Edsger', 2, TRUE)",
				"INSERT INTO ef_profiles VALUES (1, 1, 'math')",
				"INSERT INTO ef_posts VALUES (1, 'a1', 1, TRUE), (2, 'a2', 1, FALSE), (3, 'a3', 1, TRUE), (4, 'g1', 2, FALSE)",
				"INSERT INTO ef_tags VALUES (1, 'java'), (2, 'spam'), (3, 'sql')",
				"INSERT INTO ef_user_tags VALUES (1, 1), (2, 2), (4, 3)",
				"INSERT INTO ef_post_tags VALUES (1, 1), (2, 3), (4, 2)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, PostTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.manyToMany("tags", Tag.class,
									(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
		return Orm.create(db.dataSource(), schema).repository(User.class);
	}

	private static List<Long> ids(Query<User> query) {
		return query.orderBy("id").many().stream().map(User::id).toList();
	}

	private static List<Long> sql(TestDatabase db, String where) {
		return db.jdbc().queryForList("SELECT u.id FROM ef_users u WHERE " + where + " ORDER BY u.id", Long.class);
	}

	@DatabaseTest
	void existenceFiltersMatchHandWrittenSql(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(ids(users.query().has("posts")))
			.isEqualTo(sql(db, "EXISTS (SELECT 1 FROM ef_posts p WHERE p.user_id = u.id)"))
			.containsExactly(1L, 2L);
		assertThat(ids(users.query().has("posts", ">=", 3))).containsExactly(1L);
		assertThat(ids(users.query().doesntHave("profile"))).containsExactly(2L, 3L, 4L);
		assertThat(ids(users.query().has("role"))).containsExactly(1L, 2L, 4L);
		assertThat(ids(users.query().whereHas("posts", (q) -> q.where("published", true)))).containsExactly(1L);
		assertThat(ids(users.query().whereDoesntHave("tags", (q) -> q.where("name", "spam"))))
			.isEqualTo(sql(db,
					"NOT EXISTS (SELECT 1 FROM ef_tags t JOIN ef_user_tags ut ON ut.tag_id = t.id "
							+ "WHERE ut.user_id = u.id AND t.name = 'spam')"))
			.containsExactly(1L, 3L, 4L);
		assertThat(ids(
				users.query().where("active", true).orHas("posts").orWhereHas("role", (q) -> q.where("name", "admin"))))
			.containsExactly(1L, 2L, 4L);
		assertThat(ids(users.query().whereHas("posts.tags", (q) -> q.where("name", "sql")))).containsExactly(1L);
		assertThat(ids(users.query().has("posts.tags", ">=", 1).where("active", false))).containsExactly(2L);
		assertThat(ids(users.query().whereHas("posts", (q) -> q.where("published", false), "=", 1))).containsExactly(1L,
				2L);
		assertThat(ids(users.query().whereGroup((g) -> g.has("tags").doesntHave("posts")).orWhere("id", 1)))
			.containsExactly(1L, 4L);
	}

	@DatabaseTest
	void filtersWorkWithLoadsAggregatesAndSetBasedWrites(TestDatabase db) {
		OrmRepository<User> users = users(db);
		List<User> loaded = users.query()
			.has("posts")
			.orderBy("id")
			.load("posts", (q) -> q.whereHas("tags", (t) -> t.where("name", "java")))
			.many();
		assertThat(loaded).extracting(User::id).containsExactly(1L, 2L);
		assertThat(loaded.get(0).posts()).extracting(Post::title).containsExactly("a1");
		assertThat(loaded.get(1).posts()).isEmpty();
		assertThat(users.query().doesntHave("posts").update((s) -> s.set("active", true))).isEqualTo(2);
		assertThat(sql(db, "u.active = TRUE")).containsExactly(1L, 3L, 4L);
		assertThat(users.query().doesntHave("posts").doesntHave("tags").delete()).isEqualTo(1);
		assertThat(sql(db, "1 = 1")).containsExactly(1L, 2L, 4L);
	}

}
