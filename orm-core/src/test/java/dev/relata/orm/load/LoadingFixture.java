package dev.relata.orm.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmBuilder;
import dev.relata.orm.OrmSettings;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Aggregate;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * A small blog schema for loading tests (users, roles, profiles, posts, tags and a
 * self-referencing category tree), with a statement recorder and key-tree helpers that
 * compare a loaded graph with hand-written SQL.
 */
final class LoadingFixture {

	@Table("lf_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role,
			@Nullable Profile profile, @Nullable List<Tag> tags, @Nullable Long postsCount,
			@Aggregate @Nullable Long publishedCount, @Aggregate @Nullable Integer maxScore,
			@Aggregate @Nullable Integer minScore, @Aggregate @Nullable Long sumScore,
			@Aggregate @Nullable Double avgScore) {
	}

	@Table("lf_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("lf_profiles")
	record Profile(@Id Long id, Long userId, String bio) {
	}

	@Table("lf_posts")
	record Post(@Id Long id, @Nullable String title, Long userId, @Nullable Integer score, @Nullable Boolean published,
			@Nullable User user, @Nullable List<Tag> tags, @Nullable Long tagsCount) {
	}

	@Table("lf_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("lf_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("lf_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	@Table("lf_categories")
	record Category(@Id Long id, String name, @Nullable Long parentId, @Nullable Category parent,
			@Nullable List<Category> children) {
	}

	static final OrmSchema SCHEMA = OrmSchema.builder()
		.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, PostTag.class,
				Category.class)
		.relations(
				RelationDefinitions.of(User.class,
						(r) -> r.hasMany("posts", Post.class, Post::userId)
							.belongsTo("role", Role.class, User::roleId)
							.hasOne("profile", Profile.class, Profile::userId)
							.manyToMany("tags", Tag.class,
									(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
				RelationDefinitions.of(Post.class,
						(r) -> r.belongsTo("user", User.class, Post::userId)
							.manyToMany("tags", Tag.class,
									(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))),
				RelationDefinitions.of(Category.class,
						(r) -> r.belongsTo("parent", Category.class, Category::parentId)
							.hasMany("children", Category.class, Category::parentId)))
		.build();

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private final TestDatabase db;

	private LoadingFixture(TestDatabase db) {
		this.db = db;
	}

	/**
	 * Creates the tables with their rows. Users: 1 Ada (admin, 4 posts, profile), 2 Grace
	 * (user, 1 unpublished post, no profile), 3 Alan (no role, no posts, no tags), 4
	 * Linus (admin, 2 posts with the same score, profile). Post scores repeat so
	 * orderings need the key as tie-breaker.
	 * @param db the database
	 * @return the fixture
	 */
	static LoadingFixture create(TestDatabase db) {
		db.recreate("lf_user_tags",
				"CREATE TABLE lf_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (user_id, tag_id))");
		db.recreate("lf_post_tags",
				"CREATE TABLE lf_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))");
		db.recreate("lf_posts", "CREATE TABLE lf_posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, "
				+ "user_id BIGINT NOT NULL, score INT NOT NULL, published " + db.booleanType() + " NOT NULL)");
		db.recreate("lf_profiles",
				"CREATE TABLE lf_profiles (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, bio VARCHAR(50) NOT NULL)");
		db.recreate("lf_users",
				"CREATE TABLE lf_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("lf_roles", "CREATE TABLE lf_roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("lf_tags", "CREATE TABLE lf_tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("lf_categories",
				"CREATE TABLE lf_categories (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, parent_id BIGINT)");
		db.execute("INSERT INTO lf_roles VALUES (1, 'admin'), (2, 'user')",
				"INSERT INTO lf_users VALUES (1, 'Ada', 1), (2, 'Grace', 2), (3, 'Alan', NULL), (4, 'Linus', 1)",
				"INSERT INTO lf_profiles VALUES (1, 1, 'math'), (2, 4, 'kernel')",
				"INSERT INTO lf_posts VALUES (1, 'a1', 1, 5, TRUE), (2, 'a2', 1, 3, FALSE), (3, 'a3', 1, 5, TRUE), "
						+ "(4, 'a4', 1, 1, FALSE), (5, 'g1', 2, 2, FALSE), (6, 'l1', 4, 7, FALSE), (7, 'l2', 4, 7, TRUE)",
				"INSERT INTO lf_tags VALUES (1, 'java'), (2, 'sql'), (3, 'math'), (4, 'c')",
				"INSERT INTO lf_user_tags VALUES (1, 1), (1, 3), (2, 2), (4, 4), (4, 1)",
				"INSERT INTO lf_post_tags VALUES (1, 1), (1, 2), (3, 2), (5, 3), (6, 4), (7, 4), (7, 1)",
				"INSERT INTO lf_categories VALUES (1, 'root', NULL), (2, 'a', 1), (3, 'b', 1), (4, 'a1', 2), "
						+ "(5, 'lone', NULL)");
		return new LoadingFixture(db);
	}

	Orm orm() {
		return orm((s) -> {
		});
	}

	Orm orm(Consumer<OrmSettings.Builder> settings) {
		return builder(settings).build();
	}

	/**
	 * An {@code Orm} that speaks another dialect to this database: the MySQL dialect on
	 * MariaDB sends key lists as {@code IN} lists, where MariaDB's sends one JSON text.
	 */
	Orm orm(Dialect dialect, Consumer<OrmSettings.Builder> settings) {
		return builder(settings).dialect(dialect).build();
	}

	private OrmBuilder builder(Consumer<OrmSettings.Builder> settings) {
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				LoadingFixture.this.statements.add(statement);
			}
		};
		return Orm.builder(this.db.dataSource(), SCHEMA).settings(settings).statementListener(listener);
	}

	List<ExecutedStatement> statements() {
		return List.copyOf(this.statements);
	}

	List<String> sql() {
		return this.statements.stream().map(ExecutedStatement::sql).toList();
	}

	void clear() {
		this.statements.clear();
	}

	/**
	 * Reads a key tree with hand-written SQL: every parent key of {@code parents} in
	 * order, each with the child keys the query returns for it (in the query's order).
	 * @param parentsSql a query of one column, the parent keys in order
	 * @param childrenSql a query of two columns, parent key and child key, in order
	 * @return parent key to child keys
	 */
	Map<Long, List<Long>> tree(String parentsSql, String childrenSql) {
		Map<Long, List<Long>> tree = new LinkedHashMap<>();
		for (Number parent : this.db.jdbc().queryForList(parentsSql, Number.class)) {
			tree.put(parent.longValue(), new ArrayList<>());
		}
		this.db.jdbc().query(childrenSql, (rs) -> {
			List<Long> children = tree.get(rs.getLong(1));
			if (children != null) {
				children.add(rs.getLong(2));
			}
		});
		return tree;
	}

	/**
	 * Reads a to-one key map with hand-written SQL.
	 * @param sql a query of two columns, parent key and related key (NULL when none)
	 * @return parent key to related key or {@code null}
	 */
	Map<Long, @Nullable Long> links(String sql) {
		Map<Long, @Nullable Long> links = new LinkedHashMap<>();
		this.db.jdbc().query(sql, (rs) -> {
			long parent = rs.getLong(1);
			long related = rs.getLong(2);
			links.put(parent, rs.wasNull() ? null : related);
		});
		return links;
	}

	static <P, C> Map<Long, List<Long>> tree(List<P> parents, Function<P, Long> key,
			Function<P, @Nullable List<C>> children, Function<C, Long> childKey) {
		Map<Long, List<Long>> tree = new LinkedHashMap<>();
		for (P parent : parents) {
			List<C> loaded = children.apply(parent);
			if (loaded == null) {
				throw new AssertionError("relation not loaded on " + parent);
			}
			tree.put(key.apply(parent), loaded.stream().map(childKey).toList());
		}
		return tree;
	}

	static <P, C> Map<Long, @Nullable Long> links(List<P> parents, Function<P, Long> key,
			Function<P, @Nullable C> related, Function<C, Long> relatedKey) {
		Map<Long, @Nullable Long> links = new LinkedHashMap<>();
		for (P parent : parents) {
			C value = related.apply(parent);
			links.put(key.apply(parent), (value != null) ? relatedKey.apply(value) : null);
		}
		return links;
	}

}
