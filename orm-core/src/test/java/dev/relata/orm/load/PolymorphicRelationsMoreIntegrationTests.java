package dev.relata.orm.load;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan.RelationStep;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.SoftDelete;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.SyncResult;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Polymorphic relations beyond loading: type-separated counts and per-parent limits,
 * nested loads, explain, soft-deleted targets, related(), existence filters and pivot
 * operations, checked against hand-written SQL. A post and a video share the id 1.
 */
class PolymorphicRelationsMoreIntegrationTests {

	@Table("pm_posts")
	record Post(@Id Long id, String title, @Nullable List<Comment> comments, @Nullable List<Tag> tags,
			@Nullable Long commentsCount) {
	}

	@Table("pm_videos")
	record Video(@Id Long id, String name, @SoftDelete @Nullable Instant deletedAt, @Nullable List<Comment> comments,
			@Nullable Comment comment, @Nullable List<Tag> tags, @Nullable Long commentsCount) {
	}

	@Table("pm_comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Object commentable) {
	}

	@Table("pm_tags")
	record Tag(@Id Long id, String name, @Nullable List<Post> posts, @Nullable List<Video> videos) {
	}

	@Table("pm_taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private Orm orm(TestDatabase db) {
		for (String table : List.of("pm_taggables", "pm_comments", "pm_tags", "pm_videos", "pm_posts")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE pm_posts (id BIGINT PRIMARY KEY, title VARCHAR(20) NOT NULL)",
				"CREATE TABLE pm_videos (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, deleted_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE pm_comments (id BIGINT PRIMARY KEY, body VARCHAR(20) NOT NULL, "
						+ "commentable_type VARCHAR(20), commentable_id BIGINT)",
				"CREATE TABLE pm_tags (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE pm_taggables (tag_id BIGINT NOT NULL, taggable_type VARCHAR(20) NOT NULL, "
						+ "taggable_id BIGINT NOT NULL, PRIMARY KEY (tag_id, taggable_type, taggable_id))",
				"INSERT INTO pm_posts VALUES (1, 'first'), (2, 'second'), (3, 'third')",
				"INSERT INTO pm_videos (id, name) VALUES (1, 'clip'), (2, 'gone'), (3, 'trailer')",
				"UPDATE pm_videos SET deleted_at = CURRENT_TIMESTAMP WHERE id = 2",
				"INSERT INTO pm_comments VALUES (1, 'p1a', 'post', 1), (2, 'p1b', 'post', 1), (3, 'v1', 'video', 1), "
						+ "(4, 'p2', 'post', 2), (5, 'v2', 'video', 2), (6, 'v3a', 'video', 3), "
						+ "(7, 'v3b', 'video', 3)",
				"INSERT INTO pm_tags VALUES (1, 'java'), (2, 'sql')",
				"INSERT INTO pm_taggables VALUES (1, 'post', 1), (2, 'post', 1), (2, 'video', 1), (1, 'post', 2), "
						+ "(1, 'video', 2)");
		OrmSchema schema = OrmSchema.builder()
			.models(Post.class, Video.class, Comment.class, Tag.class, Taggable.class)
			.relations(
					RelationDefinitions.of(Post.class, (r) -> r.morphAlias("post")
						.morphMany("comments", Comment.class, "commentable")
						.morphToMany("tags", Tag.class, "taggable",
								(m) -> m.through(Taggable.class).from(Taggable::taggableId).to(Taggable::tagId))),
					RelationDefinitions.of(Video.class, (r) -> r.morphAlias("video")
						.morphMany("comments", Comment.class, "commentable")
						.morphOne("comment", Comment.class, "commentable")
						.morphToMany("tags", Tag.class, "taggable",
								(m) -> m.through(Taggable.class).from(Taggable::taggableId).to(Taggable::tagId))),
					RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")),
					RelationDefinitions.of(Tag.class, (r) -> r
						.morphedByMany("posts", Post.class, "taggable",
								(m) -> m.through(Taggable.class).from(Taggable::tagId).to(Taggable::taggableId))
						.morphedByMany("videos", Video.class, "taggable",
								(m) -> m.through(Taggable.class).from(Taggable::tagId).to(Taggable::taggableId))))
			.build();
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				PolymorphicRelationsMoreIntegrationTests.this.statements.add(statement);
			}
		};
		return Orm.builder(db.dataSource(), schema).statementListener(listener).build();
	}

	@DatabaseTest
	void withCountCountsOnlyTheRowsOfTheParentsType(TestDatabase db) {
		Orm orm = orm(db);
		this.statements.clear();
		List<Post> posts = orm.repository(Post.class).query().withCount("comments").orderBy("id").many();
		assertThat(this.statements).hasSize(1);
		assertThat(posts).extracting(Post::commentsCount).containsExactly(2L, 1L, 0L);
		assertThat(posts).extracting(Post::commentsCount)
			.containsExactlyElementsOf(db.jdbc()
				.queryForList("SELECT (SELECT COUNT(*) FROM pm_comments c WHERE c.commentable_type = 'post' "
						+ "AND c.commentable_id = p.id) FROM pm_posts p ORDER BY p.id", Long.class));
		List<Video> videos = orm.repository(Video.class).query().withCount("comments").orderBy("id").many();
		assertThat(videos).extracting(Video::id).containsExactly(1L, 3L);
		assertThat(videos).extracting(Video::commentsCount)
			.containsExactlyElementsOf(db.jdbc()
				.queryForList("SELECT (SELECT COUNT(*) FROM pm_comments c WHERE c.commentable_type = 'video' "
						+ "AND c.commentable_id = v.id) FROM pm_videos v WHERE v.deleted_at IS NULL ORDER BY v.id",
						Long.class))
			.containsExactly(1L, 2L);
	}

	@DatabaseTest
	void perParentLimitOnMorphManyKeepsTheLatestRowOfTheParentsType(TestDatabase db) {
		Orm orm = orm(db);
		List<String> expected = db.jdbc()
			.queryForList("SELECT (SELECT MAX(c.body) FROM pm_comments c WHERE c.commentable_type = 'post' "
					+ "AND c.commentable_id = p.id AND c.id = (SELECT MAX(c2.id) FROM pm_comments c2 "
					+ "WHERE c2.commentable_type = 'post' AND c2.commentable_id = p.id)) FROM pm_posts p ORDER BY p.id",
					String.class);
		assertThat(expected).containsExactly("p1b", "p2", null);
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched())) {
			this.statements.clear();
			List<Post> posts = orm.repository(Post.class)
				.query()
				.orderBy("id")
				.load("comments", (q) -> q.orderBy("id", Direction.DESC).limit(1), options)
				.many();
			// three posts: one statement each on H2
			assertThat(this.statements).as(options.toString())
				.hasSize(options.equals(LoadOptions.join()) ? 1
						: 1 + StrategyMatrixIntegrationTests.pagedStatements(db, 3));
			assertThat(posts.get(0).comments()).extracting(Comment::body).containsExactly(expected.get(0));
			assertThat(posts.get(1).comments()).extracting(Comment::body).containsExactly(expected.get(1));
			assertThat(posts.get(2).comments()).isEmpty();
			List<Video> videos = orm.repository(Video.class)
				.query()
				.orderBy("id")
				.load("comments", (q) -> q.orderBy("id", Direction.DESC).limit(1), options)
				.many();
			assertThat(videos).extracting((v) -> v.comments().get(0).body()).containsExactly("v1", "v3b");
		}
	}

	@DatabaseTest
	void nestedLoadsGoThroughMorphKinds(TestDatabase db) {
		Orm orm = orm(db);
		this.statements.clear();
		List<Post> posts = orm.repository(Post.class)
			.query()
			.orderBy("id")
			.load("comments", LoadOptions.batched())
			.load("comments.commentable")
			.many();
		assertThat(this.statements).hasSize(3);
		assertThat(posts.get(0).comments()).extracting(Comment::body).containsExactly("p1a", "p1b");
		assertThat(posts.get(0).comments().get(0).commentable()).isInstanceOf(Post.class)
			.extracting((p) -> ((Post) p).title())
			.isEqualTo("first");
		this.statements.clear();
		List<Tag> tags = orm.repository(Tag.class)
			.query()
			.orderBy("id")
			.load("posts", LoadOptions.batched())
			.load("posts.comments", (q) -> q.orderBy("id"), LoadOptions.batched())
			.load("videos.comments", LoadOptions.batched())
			.many();
		assertThat(this.statements).hasSize(5);
		assertThat(tags.get(0).posts()).extracting(Post::id).containsExactly(1L, 2L);
		assertThat(tags.get(0).posts().get(0).comments()).extracting(Comment::body).containsExactly("p1a", "p1b");
		assertThat(tags.get(0).posts().get(1).comments()).extracting(Comment::body).containsExactly("p2");
		assertThat(tags.get(0).videos()).isEmpty();
		assertThat(tags.get(1).posts()).extracting(Post::id).containsExactly(1L);
		assertThat(tags.get(1).videos()).singleElement()
			.satisfies((v) -> assertThat(v.comments()).extracting(Comment::body).containsExactly("v1"));
	}

	@DatabaseTest
	void explainShowsMorphToAsBatchedForReasonMorphTo(TestDatabase db) {
		Orm orm = orm(db);
		RelationStep step = orm.repository(Comment.class).query().load("commentable").explain().relation("commentable");
		assertThat(step.kind()).isEqualTo("morphTo");
		assertThat(step.requested()).isEqualTo(LoadStrategy.AUTO);
		assertThat(step.strategy()).isEqualTo(LoadStrategy.BATCHED);
		assertThat(step.reason()).isEqualTo(LoadReason.MORPH_TO);
		assertThat(step.toString()).contains("batched [morph-to]");
	}

	@DatabaseTest
	void softDeletedMorphTargetsAreHidden(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		List<Comment> loaded = comments.query().orderBy("id").load("commentable").many();
		assertThat(loaded.get(4).body()).isEqualTo("v2");
		assertThat(loaded.get(4).commentable()).isNull();
		assertThat(((Video) loaded.get(2).commentable()).name()).isEqualTo("clip");
		assertThat(comments.related(loaded.get(4), "commentable", Object.class).one()).isEmpty();
		assertThat(comments.query().doesntHave("commentable").many()).extracting(Comment::id).containsExactly(5L);
		Tag java = orm.repository(Tag.class).query().where("id", 1).load("videos").single();
		assertThat(java.videos()).isEmpty();
		assertThat(db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM pm_taggables WHERE tag_id = 1 " + "AND taggable_type = 'video'",
					Long.class))
			.isEqualTo(1L);
	}

	@DatabaseTest
	void relatedReadsEveryMorphKind(TestDatabase db) {
		Orm orm = orm(db);
		Post first = orm.repository(Post.class).findById(1L).orElseThrow();
		Video clip = orm.repository(Video.class).findById(1L).orElseThrow();
		Tag sql = orm.repository(Tag.class).findById(2L).orElseThrow();
		assertThat(orm.repository(Post.class).related(first, "comments", Comment.class).many())
			.extracting(Comment::body)
			.containsExactlyInAnyOrderElementsOf(db.jdbc()
				.queryForList("SELECT body FROM pm_comments WHERE commentable_type = 'post' AND commentable_id = 1",
						String.class));
		assertThat(orm.repository(Video.class).related(clip, "comment", Comment.class).one()).map(Comment::body)
			.contains("v1");
		assertThat(orm.repository(Post.class).related(first, "tags", Tag.class).many()).extracting(Tag::name)
			.containsExactlyInAnyOrder("java", "sql");
		assertThat(orm.repository(Video.class).related(clip, "tags", Tag.class).many()).extracting(Tag::name)
			.containsExactly("sql");
		assertThat(orm.repository(Tag.class).related(sql, "posts", Post.class).many()).extracting(Post::title)
			.containsExactly("first");
		assertThat(orm.repository(Tag.class).related(sql, "videos", Video.class).many()).extracting(Video::name)
			.containsExactly("clip");
	}

	@DatabaseTest
	void hasAndDoesntHaveWorkOnEveryMorphKind(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Post> posts = orm.repository(Post.class);
		OrmRepository<Video> videos = orm.repository(Video.class);
		OrmRepository<Tag> tags = orm.repository(Tag.class);
		assertThat(posts.query().has("comments").orderBy("id").many()).extracting(Post::id)
			.containsExactlyElementsOf(
					db.jdbc()
						.queryForList("SELECT p.id FROM pm_posts p WHERE EXISTS (SELECT 1 FROM pm_comments c "
								+ "WHERE c.commentable_type = 'post' AND c.commentable_id = p.id) ORDER BY p.id",
								Long.class))
			.containsExactly(1L, 2L);
		assertThat(posts.query().doesntHave("comments").many()).extracting(Post::id).containsExactly(3L);
		assertThat(videos.query().has("comment").orderBy("id").many()).extracting(Video::id).containsExactly(1L, 3L);
		assertThat(videos.query().doesntHave("comment").many()).isEmpty();
		assertThat(orm.repository(Comment.class).query().has("commentable").orderBy("id").many())
			.extracting(Comment::id)
			.containsExactly(1L, 2L, 3L, 4L, 6L, 7L);
		assertThat(posts.query().has("tags").orderBy("id").many()).extracting(Post::id).containsExactly(1L, 2L);
		assertThat(posts.query().doesntHave("tags").many()).extracting(Post::id).containsExactly(3L);
		assertThat(videos.query().doesntHave("tags").many()).extracting(Video::id).containsExactly(3L);
		assertThat(tags.query().has("videos").many()).extracting(Tag::id).containsExactly(2L);
		assertThat(tags.query().doesntHave("videos").many()).extracting(Tag::id).containsExactly(1L);
		assertThat(tags.query().has("posts", ">=", 2).many()).extracting(Tag::id).containsExactly(1L);
	}

	@DatabaseTest
	void whereHasMorphRefusesATypeThatIsNotATarget(TestDatabase db) {
		Orm orm = orm(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Comment.class)
				.query()
				.whereHasMorph("commentable", List.of(Tag.class), (q) -> q.where("name", "java"))
				.many())
			.withMessage("Comment.commentable cannot point at Tag; its models are: Post, Video");
		assertThat(orm.repository(Comment.class)
			.query()
			.whereHasMorph("commentable", List.of(Video.class), (q) -> q.where("id", 1))
			.many()).extracting(Comment::id).containsExactly(3L);
	}

	@DatabaseTest
	void detachAndToggleTouchOnlyJoinRowsOfTheirType(TestDatabase db) {
		Orm orm = orm(db);
		Post first = orm.repository(Post.class).findById(1L).orElseThrow();
		Video clip = orm.repository(Video.class).findById(1L).orElseThrow();
		Tag sql = orm.repository(Tag.class).findById(2L).orElseThrow();
		assertThat(orm.repository(Post.class).related(first, "tags", Tag.class).detach(2L)).isEqualTo(1);
		assertThat(links(db)).containsExactly("1:post:1", "1:post:2", "1:video:2", "2:video:1");
		SyncResult toggled = orm.repository(Video.class).related(clip, "tags", Tag.class).toggle(List.of(1L, 2L));
		assertThat(toggled.attached()).containsExactly(1L);
		assertThat(toggled.detached()).containsExactly(2L);
		assertThat(links(db)).containsExactly("1:post:1", "1:post:2", "1:video:1", "1:video:2");
		assertThat(orm.repository(Tag.class).related(sql, "videos", Video.class).attach(1L)).isEqualTo(1);
		assertThat(orm.repository(Tag.class).related(sql, "posts", Post.class).detach(1L)).isZero();
		assertThat(links(db)).containsExactly("1:post:1", "1:post:2", "1:video:1", "1:video:2", "2:video:1");
	}

	private static List<String> links(TestDatabase db) {
		return db.jdbc()
			.queryForList("SELECT CONCAT(CONCAT(CONCAT(CONCAT(tag_id, ':'), taggable_type), ':'), taggable_id) "
					+ "FROM pm_taggables ORDER BY tag_id, taggable_type, taggable_id", String.class);
	}

}
