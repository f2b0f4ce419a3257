package dev.relata.orm.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.SyncResult;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Polymorphic relations: morphMany, morphOne, morphTo, morphToMany and morphedByMany,
 * loaded with every strategy, filtered, read lazily and managed through the join model. A
 * post and a video share the id 1, so a missing type condition shows.
 */
class PolymorphicRelationsIntegrationTests {

	@Table("mo_posts")
	record Post(@Id Long id, String title, @Nullable List<Comment> comments, @Nullable List<Tag> tags) {
	}

	@Table("mo_videos")
	record Video(@Id Long id, String name, @Nullable List<Comment> comments, @Nullable Comment comment,
			@Nullable List<Tag> tags) {
	}

	@Table("mo_comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Object commentable) {
	}

	@Table("mo_tags")
	record Tag(@Id Long id, String name, @Nullable List<Post> posts, @Nullable List<Video> videos) {
	}

	@Table("mo_taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private Orm orm(TestDatabase db) {
		for (String table : List.of("mo_taggables", "mo_comments", "mo_tags", "mo_videos", "mo_posts")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE mo_posts (id BIGINT PRIMARY KEY, title VARCHAR(20) NOT NULL)",
				"CREATE TABLE mo_videos (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE mo_comments (id BIGINT PRIMARY KEY, body VARCHAR(20) NOT NULL, "
						+ "commentable_type VARCHAR(20), commentable_id BIGINT)",
				"CREATE TABLE mo_tags (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE mo_taggables (tag_id BIGINT NOT NULL, taggable_type VARCHAR(20) NOT NULL, "
						+ "taggable_id BIGINT NOT NULL, PRIMARY KEY (tag_id, taggable_type, taggable_id))",
				"INSERT INTO mo_posts VALUES (1, 'first'), (2, 'second')", "INSERT INTO mo_videos VALUES (1, 'clip')",
				"INSERT INTO mo_comments VALUES (1, 'p1a', 'post', 1), (2, 'p1b', 'post', 1), (3, 'v1', 'video', 1), "
						+ "(4, 'p2', 'post', 2)",
				"INSERT INTO mo_tags VALUES (1, 'java'), (2, 'sql')",
				"INSERT INTO mo_taggables VALUES (1, 'post', 1), (2, 'post', 1), (2, 'video', 1), (1, 'post', 2)");
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
				PolymorphicRelationsIntegrationTests.this.statements.add(statement);
			}
		};
		return Orm.builder(db.dataSource(), schema).statementListener(listener).build();
	}

	@DatabaseTest
	void loadsEveryPolymorphicKindWithEveryStrategy(TestDatabase db) {
		Orm orm = orm(db);
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched(), LoadOptions.defaults())) {
			List<Post> posts = orm.repository(Post.class)
				.query()
				.orderBy("id")
				.load("comments", options)
				.load("tags", (q) -> q.orderBy("name"), LoadOptions.batched())
				.many();
			assertThat(posts.get(0).comments()).as(options.toString())
				.extracting(Comment::body)
				.containsExactly("p1a", "p1b");
			assertThat(posts.get(1).comments()).extracting(Comment::body).containsExactly("p2");
			assertThat(posts.get(0).tags()).extracting(Tag::name).containsExactly("java", "sql");
			assertThat(posts.get(1).tags()).extracting(Tag::name).containsExactly("java");
			Video video = orm.repository(Video.class)
				.query()
				.load("comments", options)
				.load("comment", LoadOptions.batched())
				.load("tags", LoadOptions.batched())
				.single();
			assertThat(video.comments()).extracting(Comment::body).containsExactly("v1");
			assertThat(video.comment().body()).isEqualTo("v1");
			assertThat(video.tags()).extracting(Tag::name).containsExactly("sql");
			List<Post> tagged = orm.repository(Post.class)
				.query()
				.orderBy("id")
				.load("tags", (q) -> q.orderBy("name"), options)
				.many();
			assertThat(tagged.get(0).tags()).extracting(Tag::name).containsExactly("java", "sql");
			List<Tag> tags = orm.repository(Tag.class)
				.query()
				.orderBy("id")
				.load("posts", options)
				.load("videos", LoadOptions.batched())
				.many();
			assertThat(tags.get(0).posts()).extracting(Post::id).containsExactly(1L, 2L);
			assertThat(tags.get(0).videos()).isEmpty();
			assertThat(tags.get(1).posts()).extracting(Post::id).containsExactly(1L);
			assertThat(tags.get(1).videos()).extracting(Video::name).containsExactly("clip");
		}
	}

	@DatabaseTest
	void morphToReadsOneStatementPerTypeFound(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		assertThat(comments.query().load("commentable").explain().relation("commentable").reason())
			.isEqualTo(LoadReason.MORPH_TO);
		this.statements.clear();
		List<Comment> loaded = comments.query().orderBy("id").load("commentable").many();
		assertThat(this.statements).hasSize(3);
		assertThat(loaded.get(0).commentable()).isInstanceOf(Post.class);
		assertThat(((Post) loaded.get(0).commentable()).title()).isEqualTo("first");
		assertThat(loaded.get(0).commentable()).isSameAs(loaded.get(1).commentable());
		assertThat(((Video) loaded.get(2).commentable()).name()).isEqualTo("clip");
		assertThat(((Post) loaded.get(3).commentable()).title()).isEqualTo("second");
		assertThat(comments.related(loaded.get(2), "commentable", Object.class).one()).containsInstanceOf(Video.class);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> comments.query().load("commentable", LoadOptions.join()).many());
		db.execute("INSERT INTO mo_comments VALUES (5, 'x', 'photo', 1)");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> comments.query().load("commentable").many())
			.withMessageContaining("'photo'")
			.withMessageContaining("post, video");
	}

	@DatabaseTest
	void filtersAndPivotOperationsKeepToTheirType(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		assertThat(comments.query()
			.whereHasMorph("commentable", List.of(Post.class), (q) -> q.where("title", "first"))
			.orderBy("id")
			.many()).extracting(Comment::id).containsExactly(1L, 2L);
		assertThat(comments.query().whereHas("commentable", (q) -> q.where("id", 1)).orderBy("id").many())
			.extracting(Comment::id)
			.containsExactly(1L, 2L, 3L);
		assertThat(orm.repository(Post.class).query().has("comments", ">=", 2).many()).extracting(Post::id)
			.containsExactly(1L);
		assertThat(orm.repository(Video.class).query().whereHas("tags", (q) -> q.where("name", "java")).many())
			.isEmpty();
		Post first = orm.repository(Post.class).findById(1L).orElseThrow();
		SyncResult result = orm.repository(Post.class).related(first, "tags", Tag.class).sync(List.of(2));
		assertThat(result.detached()).containsExactly(1L);
		assertThat(result.attached()).isEmpty();
		Video clip = orm.repository(Video.class).findById(1L).orElseThrow();
		assertThat(orm.repository(Video.class).related(clip, "tags", Tag.class).attach(1L)).isEqualTo(1);
		assertThat(db.jdbc()
			.queryForList("SELECT CONCAT(taggable_type, ':', tag_id) FROM mo_taggables "
					+ "WHERE taggable_id = 1 ORDER BY taggable_type, tag_id", String.class))
			.containsExactly("post:2", "video:1", "video:2");
	}

}
