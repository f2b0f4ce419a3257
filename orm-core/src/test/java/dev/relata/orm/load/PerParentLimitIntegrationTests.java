package dev.relata.orm.load;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.relata.orm.Orm;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.Query;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.SoftDelete;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations limited per parent ("each author's top 3 posts") give the same rows on every
 * database and under JOIN and BATCHED, however the SQL pages them: a BATCHED load on
 * PostgreSQL reads each parent's page through {@code unnest(?) CROSS JOIN LATERAL (...
 * LIMIT ? OFFSET ?)}; on MariaDB through key bounds where the page is ordered by the key;
 * on H2 with one statement per parent; JOIN, and MariaDB otherwise, number the rows with
 * {@code ROW_NUMBER()}. Every case has a parent with fewer rows than the limit (Grace),
 * one with none (Alan) and ties that only the key breaks (Linus's posts, the two tags
 * named "c").
 */
class PerParentLimitIntegrationTests {

	private static final List<LoadStrategy> STRATEGIES = List.of(LoadStrategy.JOIN, LoadStrategy.BATCHED);

	@Table("pl_authors")
	record Author(@Id Long id, String name, @Nullable List<Post> posts, @Nullable List<Tag> tags,
			@Nullable List<Comment> comments) {
	}

	@Table("pl_posts")
	record Post(@Id Long id, Long authorId, String title, Integer score, Boolean published,
			@SoftDelete @Nullable Instant deletedAt, @Nullable List<Comment> comments, @Nullable List<Tag> tags) {
	}

	@Table("pl_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("pl_author_tags")
	record AuthorTag(@Id Long authorId, @Id Long tagId) {
	}

	@Table("pl_taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	@Table("pl_comments")
	record Comment(@Id Long id, String body, String commentableType, Long commentableId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	/**
	 * Authors 1 Ada (eight posts, 15 soft-deleted; five tags, two named "c"), 2 Grace
	 * (two posts with the same score; one tag), 3 Alan (nothing), 4 Linus (four posts
	 * with the same score and a soft-deleted 44 above them; two tags). Comments of type
	 * "post" on id 1 and taggables of type "author" share ids with other rows, so a lost
	 * type condition shows.
	 */
	private Orm orm(TestDatabase db) {
		for (String table : List.of("pl_comments", "pl_taggables", "pl_author_tags", "pl_tags", "pl_posts",
				"pl_authors")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE pl_authors (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE pl_posts (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL, title VARCHAR(20) NOT NULL, "
						+ "score INT NOT NULL, published " + db.booleanType() + " NOT NULL, deleted_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE INDEX pl_posts_author ON pl_posts (author_id)",
				"CREATE TABLE pl_tags (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE pl_author_tags (author_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
						+ "PRIMARY KEY (author_id, tag_id))",
				"CREATE TABLE pl_taggables (tag_id BIGINT NOT NULL, taggable_type VARCHAR(20) NOT NULL, "
						+ "taggable_id BIGINT NOT NULL, PRIMARY KEY (tag_id, taggable_type, taggable_id))",
				"CREATE TABLE pl_comments (id BIGINT PRIMARY KEY, body VARCHAR(20) NOT NULL, "
						+ "commentable_type VARCHAR(20) NOT NULL, commentable_id BIGINT NOT NULL)",
				"INSERT INTO pl_authors VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Alan'), (4, 'Linus')",
				"INSERT INTO pl_posts (id, author_id, title, score, published) VALUES "
						+ "(10, 1, 'a10', 5, TRUE), (11, 1, 'a11', 9, FALSE), (12, 1, 'a12', 9, TRUE), "
						+ "(13, 1, 'a13', 1, TRUE), (14, 1, 'a14', 7, FALSE), (15, 1, 'a15', 10, TRUE), "
						+ "(16, 1, 'a16', 3, TRUE), (17, 1, 'a17', 7, TRUE), (20, 2, 'g20', 4, FALSE), "
						+ "(21, 2, 'g21', 4, TRUE), (40, 4, 'l40', 6, FALSE), (41, 4, 'l41', 6, TRUE), "
						+ "(42, 4, 'l42', 6, FALSE), (43, 4, 'l43', 6, TRUE), (44, 4, 'l44', 8, TRUE)",
				"INSERT INTO pl_tags VALUES (1, 'java'), (2, 'sql'), (3, 'c'), (4, 'go'), (5, 'rust'), (6, 'c')",
				"INSERT INTO pl_author_tags VALUES (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 2), (4, 3), "
						+ "(4, 1)",
				"INSERT INTO pl_taggables VALUES (1, 'post', 10), (3, 'post', 10), (6, 'post', 10), (2, 'post', 12), "
						+ "(3, 'author', 12), (4, 'author', 12), (5, 'post', 41)",
				"INSERT INTO pl_comments VALUES (90, 'p1a', 'post', 1), (91, 'p1b', 'post', 1), "
						+ "(100, 'ada1', 'author', 1), (101, 'ada2', 'author', 1), (102, 'ada3', 'author', 1), "
						+ "(103, 'ada4', 'author', 1), (200, 'grace1', 'author', 2), (400, 'linus1', 'author', 4), "
						+ "(401, 'linus2', 'author', 4), (402, 'linus3', 'author', 4), (120, 'on12a', 'post', 12), "
						+ "(121, 'on12b', 'post', 12), (122, 'on12c', 'post', 12), (110, 'on11', 'post', 11)");
		OrmSchema schema = OrmSchema.builder()
			.models(Author.class, Post.class, Tag.class, AuthorTag.class, Taggable.class, Comment.class)
			.relations(
					RelationDefinitions.of(Author.class, (r) -> r.morphAlias("author")
						.hasMany("posts", Post.class, Post::authorId)
						.manyToMany("tags", Tag.class,
								(m) -> m.through(AuthorTag.class).from(AuthorTag::authorId).to(AuthorTag::tagId))
						.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Post.class, (r) -> r.morphAlias("post")
						.morphMany("comments", Comment.class, "commentable")
						.morphToMany("tags", Tag.class, "taggable",
								(m) -> m.through(Taggable.class).from(Taggable::taggableId).to(Taggable::tagId))))
			.build();
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				PerParentLimitIntegrationTests.this.statements.add(statement);
			}
		};
		Orm orm = Orm.builder(db.dataSource(), schema).statementListener(listener).build();
		orm.repository(Post.class).deleteById(15L);
		orm.repository(Post.class).deleteById(44L);
		return orm;
	}

	private Query<Author> authors(Orm orm) {
		this.statements.clear();
		return orm.repository(Author.class).query().orderBy("id");
	}

	private List<String> sql() {
		return this.statements.stream().map(ExecutedStatement::sql).toList();
	}

	@DatabaseTest
	void hasManyTopNWithOffsetSkipsPerParentAndBreaksTiesByKey(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> loaded = authors(orm)
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).offset(1).limit(3),
						LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(loaded, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(12L, 14L, 17L), List.of(21L), List.of(), List.of(41L, 42L, 43L)));
			assertPaged(db, strategy, 4);
		}
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(sql().get(1)).isEqualTo("SELECT t1.\"id\", t1.\"author_id\", t1.\"title\", t1.\"score\", "
					+ "t1.\"published\", t1.\"deleted_at\" FROM unnest(?) AS t1k(\"relata_parent_key\") "
					+ "CROSS JOIN LATERAL (SELECT t1i.\"id\", t1i.\"author_id\", t1i.\"title\", t1i.\"score\", "
					+ "t1i.\"published\", t1i.\"deleted_at\" FROM \"pl_posts\" t1i "
					+ "WHERE t1i.\"author_id\" = t1k.\"relata_parent_key\" AND t1i.\"deleted_at\" IS NULL "
					+ "ORDER BY t1i.\"score\" DESC NULLS LAST, t1i.\"id\" ASC LIMIT ? OFFSET ?) t1 "
					+ "ORDER BY t1.\"author_id\" ASC, t1.\"score\" DESC NULLS LAST, t1.\"id\" ASC");
			List<Object> binds = this.statements.get(1).binds();
			assertThat(binds).as("the key array, the limit and the offset").hasSize(3);
			assertThat(binds.subList(1, 3)).containsExactly(3L, 1L);
		}
		if (db.kind() == DatabaseKind.H2) {
			// one statement per author, the same SQL, only the key differs
			assertThat(sql().subList(1, 5)).containsOnly(sql().get(1));
			assertThat(sql().get(1)).contains("WHERE t1i.\"AUTHOR_ID\" = ? AND t1i.\"DELETED_AT\" IS NULL "
					+ "ORDER BY t1i.\"SCORE\" DESC NULLS LAST, t1i.\"ID\" ASC LIMIT ? OFFSET ?) t1 ");
			assertThat(this.statements.subList(1, 5)).extracting(ExecutedStatement::binds)
				.containsExactly(List.of(1L, 3L, 1L), List.of(2L, 3L, 1L), List.of(3L, 3L, 1L), List.of(4L, 3L, 1L));
		}
	}

	@DatabaseTest
	void limitWithoutOffsetAndOffsetWithoutLimit(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> top = authors(orm)
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(3), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(top, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(11L, 12L, 14L), List.of(20L, 21L), List.of(), List.of(40L, 41L, 42L)));
			assertPaged(db, strategy, 4);
			if (StrategyMatrixIntegrationTests.lateral(db, strategy)) {
				assertThat(sql().get(1)).contains(" LIMIT ?) t1 ").doesNotContain("OFFSET");
			}
			List<Author> rest = authors(orm)
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).offset(2), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(rest, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(14L, 17L, 10L, 16L, 13L), List.of(), List.of(), List.of(42L, 43L)));
			assertPaged(db, strategy, 4);
			if (StrategyMatrixIntegrationTests.lateral(db, strategy)) {
				assertThat(sql().get(1)).contains(" OFFSET ?) t1 ").doesNotContain("LIMIT");
			}
		}
	}

	@DatabaseTest
	void softDeletedRowsAreLeftOutBeforeTheLimitUnlessWithTrashed(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> loaded = authors(orm)
				.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(1), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(loaded, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(11L), List.of(20L), List.of(), List.of(40L)));
			assertPaged(db, strategy, 4);
			assertThat(sql().get(sql().size() - 1)).containsPattern("(?i)\\.[\"`]deleted_at[\"`] IS NULL");
			List<Author> trashed = authors(orm)
				.load("posts", (q) -> q.withTrashed().orderBy("score", Direction.DESC).limit(1),
						LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(trashed, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(15L), List.of(20L), List.of(), List.of(44L)));
			assertPaged(db, strategy, 4);
		}
	}

	@DatabaseTest
	void aFilteredRelationQueryIsFilteredBeforeTheLimit(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> loaded = authors(orm)
				.load("posts", (q) -> q.where("published", true).orderBy("score", Direction.DESC).limit(2),
						LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(loaded, Author::posts, Post::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(12L, 17L), List.of(21L), List.of(), List.of(41L, 43L)));
			assertPaged(db, strategy, 4);
		}
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(sql().get(1)).contains("WHERE t1i.\"author_id\" = t1k.\"relata_parent_key\" AND "
					+ "t1i.\"deleted_at\" IS NULL AND t1i.\"published\" = ? ORDER BY");
			assertThat(this.statements.get(1).binds().subList(1, 3)).containsExactly(true, 2L);
		}
	}

	@DatabaseTest
	void manyToManyTopNReadsThePivotInsideThePage(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> top = authors(orm)
				.load("tags", (q) -> q.orderBy("name").limit(3), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(top, Author::tags, Tag::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(3L, 6L, 4L), List.of(2L), List.of(), List.of(3L, 1L)));
			assertPaged(db, strategy, 4);
			List<Author> paged = authors(orm)
				.load("tags", (q) -> q.orderBy("name").offset(1).limit(3), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(paged, Author::tags, Tag::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(6L, 4L, 1L), List.of(), List.of(), List.of(1L)));
			assertPaged(db, strategy, 4);
		}
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(sql().get(1)).isEqualTo("SELECT t1.\"relata_parent\", t1.\"id\", t1.\"name\" "
					+ "FROM unnest(?) AS t1k(\"relata_parent_key\") CROSS JOIN LATERAL (SELECT t1ij.\"author_id\" AS "
					+ "\"relata_parent\", t1i.\"id\", t1i.\"name\" FROM \"pl_tags\" t1i INNER JOIN \"pl_author_tags\" "
					+ "t1ij ON t1ij.\"tag_id\" = t1i.\"id\" WHERE t1ij.\"author_id\" = t1k.\"relata_parent_key\" "
					+ "ORDER BY t1i.\"name\" ASC NULLS FIRST, t1i.\"id\" ASC LIMIT ? OFFSET ?) t1 "
					+ "ORDER BY t1.\"relata_parent\" ASC, t1.\"name\" ASC NULLS FIRST, t1.\"id\" ASC");
		}
	}

	@DatabaseTest
	void morphManyWithALimitKeepsItsTypeConditionInsideThePage(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadStrategy strategy : STRATEGIES) {
			List<Author> loaded = authors(orm)
				.load("comments", (q) -> q.orderBy("id").limit(2), LoadOptions.strategy(strategy))
				.many();
			assertThat(tree(loaded, Author::comments, Comment::id)).as(strategy.toString())
				.isEqualTo(expected(List.of(100L, 101L), List.of(200L), List.of(), List.of(400L, 401L)));
			assertPaged(db, strategy, 4);
		}
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(sql().get(1))
				.contains("WHERE t1i.\"commentable_id\" = t1k.\"relata_parent_key\" AND t1i.\"commentable_type\" = ? "
						+ "ORDER BY t1i.\"id\" ASC LIMIT ?) t1");
			assertThat(this.statements.get(1).binds().subList(1, 3)).containsExactly("author", 2L);
		}
		if (db.kind() == DatabaseKind.MARIADB) {
			// ordered by the key alone: key bounds, the type condition in the bound and
			// on the
			// rows
			assertThat(sql().get(1))
				.contains("WHERE t1l.`commentable_id` = t1k.`relata_parent_key` AND "
						+ "t1l.`commentable_type` = ? ORDER BY t1l.`id` ASC LIMIT ? OFFSET ?) AS `relata_last`")
				.contains("WHERE t1.`commentable_type` = ?")
				.doesNotContain("ROW_NUMBER()");
		}
	}

	@DatabaseTest
	void nestedPagesAndARelationJoinedIntoAPagedStatement(TestDatabase db) {
		Orm orm = orm(db);
		// Each author's two best posts, each post's first tag (a morphToMany: its type
		// condition stays on the pivot) and all of its comments, joined into the posts'
		// statement. (JOIN for all three would join three relations that repeat rows.)
		List<Author> loaded = authors(orm)
			.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(2), LoadOptions.batched())
			.load("posts.tags", (q) -> q.orderBy("name").limit(1), LoadOptions.batched())
			.load("posts.comments", (q) -> q.orderBy("id"), LoadOptions.join())
			.many();
		assertThat(tree(loaded, Author::posts, Post::id))
			.isEqualTo(expected(List.of(11L, 12L), List.of(20L, 21L), List.of(), List.of(40L, 41L)));
		Map<Long, List<Long>> tags = new LinkedHashMap<>();
		Map<Long, List<Long>> comments = new LinkedHashMap<>();
		for (Author author : loaded) {
			for (Post post : author.posts()) {
				tags.put(post.id(), post.tags().stream().map(Tag::id).toList());
				comments.put(post.id(), post.comments().stream().map(Comment::id).toList());
			}
		}
		assertThat(tags).containsExactly(Map.entry(11L, List.of()), Map.entry(12L, List.of(2L)),
				Map.entry(20L, List.of()), Map.entry(21L, List.of()), Map.entry(40L, List.of()),
				Map.entry(41L, List.of(5L)));
		assertThat(comments).containsExactly(Map.entry(11L, List.of(110L)), Map.entry(12L, List.of(120L, 121L, 122L)),
				Map.entry(20L, List.of()), Map.entry(21L, List.of()), Map.entry(40L, List.of()),
				Map.entry(41L, List.of()));
		List<String> sql = sql();
		// the posts of four authors, then the tags of six posts
		assertThat(sql).hasSize(1 + StrategyMatrixIntegrationTests.pagedStatements(db, 4)
				+ StrategyMatrixIntegrationTests.pagedStatements(db, 6));
		StrategyMatrixIntegrationTests.assertPerParentPage(db, sql.get(1), LoadStrategy.BATCHED);
		StrategyMatrixIntegrationTests.assertPerParentPage(db, sql.get(sql.size() - 1), LoadStrategy.BATCHED);
		assertThat(sql.get(1)).containsPattern("(?i)LEFT JOIN [\"`]pl_comments[\"`] t\\d+ ON ");
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(sql.get(1)).contains(") t1 LEFT JOIN \"pl_comments\" t");
			assertThat(sql.get(sql.size() - 1)).containsPattern("t\\d+ij\\.\"taggable_type\" = \\?");
		}
	}

	/**
	 * Asserts the statements of the last load: one for JOIN; for BATCHED the root's and
	 * the relation's (one per parent on H2), paged as
	 * {@link StrategyMatrixIntegrationTests} expects.
	 */
	private void assertPaged(TestDatabase db, LoadStrategy strategy, int parents) {
		List<String> sql = sql();
		assertThat(sql).as(strategy + " " + sql)
			.hasSize((strategy == LoadStrategy.JOIN) ? 1
					: 1 + StrategyMatrixIntegrationTests.pagedStatements(db, parents));
		StrategyMatrixIntegrationTests.assertPerParentPage(db, sql.get(sql.size() - 1), strategy);
	}

	private static Map<Long, List<Long>> expected(List<Long> ada, List<Long> grace, List<Long> alan, List<Long> linus) {
		Map<Long, List<Long>> tree = new LinkedHashMap<>();
		tree.put(1L, ada);
		tree.put(2L, grace);
		tree.put(3L, alan);
		tree.put(4L, linus);
		return tree;
	}

	private static <C> Map<Long, List<Long>> tree(List<Author> authors, Function<Author, @Nullable List<C>> children,
			Function<C, Long> key) {
		return LoadingFixture.tree(authors, Author::id, children, key);
	}

}
