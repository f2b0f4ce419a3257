package dev.relata.orm.docs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.SoftDelete;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The polymorphic examples of {@code docs/relations.md}, {@code docs/loading.md} and
 * {@code docs/filters-and-soft-deletes.md}, run on every database.
 */
class PolymorphicDocumentationIntegrationTests {

	@Table("posts")
	record Post(@Id Long id, String title, @Nullable List<Comment> comments, @Nullable List<Tag> tags) {
	}

	@Table("videos")
	record Video(@Id Long id, String name, @SoftDelete @Nullable Instant deletedAt, @Nullable List<Comment> comments) {
	}

	@Table("comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Object commentable) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name, @Nullable List<Post> posts, @Nullable List<Video> videos) {
	}

	@Table("taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	@Table("comments")
	record PostComment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Post commentable) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	static OrmSchema schema() {
		// test: polymorphicRelationsAreDefinedWithAliasesAndNoForeignKeys
		RelationDefinitions<Post> postRelations = RelationDefinitions.of(Post.class, (r) -> r.morphAlias("post") // the
																													// type
																													// value
																													// of
																													// Post
																													// rows
																													// (default:
																													// the
																													// table
																													// name)
			.morphMany("comments", Comment.class, "commentable") // Comment.commentableType,
																	// commentableId
			.morphToMany("tags", Tag.class, "taggable", (m) -> m // Taggable.taggableType
				.through(Taggable.class)
				.from(Taggable::taggableId)
				.to(Taggable::tagId)));
		RelationDefinitions<Video> videoRelations = RelationDefinitions.of(Video.class,
				(r) -> r.morphMany("comments", Comment.class, "commentable")); // type
																				// value
																				// "videos"
		RelationDefinitions<Comment> commentRelations = RelationDefinitions.of(Comment.class,
				(r) -> r.morphTo("commentable")); // a Post or a Video
		RelationDefinitions<Tag> tagRelations = RelationDefinitions.of(Tag.class,
				(r) -> r
					.morphedByMany("posts", Post.class, "taggable",
							(m) -> m.through(Taggable.class).from(Taggable::tagId).to(Taggable::taggableId))
					.morphedByMany("videos", Video.class, "taggable",
							(m) -> m.through(Taggable.class).from(Taggable::tagId).to(Taggable::taggableId)));
		return OrmSchema.builder()
			.models(Post.class, Video.class, Comment.class, Tag.class, Taggable.class)
			.relations(postRelations, videoRelations, commentRelations, tagRelations)
			.build();
	}

	private Orm orm(TestDatabase db) {
		for (String table : List.of("taggables", "comments", "tags", "videos", "posts")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(40) NOT NULL)",
				"CREATE TABLE videos (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, deleted_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE comments (id BIGINT PRIMARY KEY, body VARCHAR(40) NOT NULL, "
						+ "commentable_type VARCHAR(40), commentable_id BIGINT)",
				"CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL)",
				"CREATE TABLE taggables (tag_id BIGINT NOT NULL, taggable_type VARCHAR(40) NOT NULL, "
						+ "taggable_id BIGINT NOT NULL, PRIMARY KEY (tag_id, taggable_type, taggable_id))",
				"INSERT INTO posts VALUES (1, 'Hello'), (2, 'Draft')",
				"INSERT INTO videos (id, name) VALUES (1, 'Intro'), (2, 'Old')",
				"UPDATE videos SET deleted_at = CURRENT_TIMESTAMP WHERE id = 2",
				"INSERT INTO comments VALUES (1, 'Nice post', 'post', 1), (2, 'Thanks', 'post', 1), "
						+ "(3, 'Great video', 'videos', 1), (4, 'Outdated', 'videos', 2)",
				"INSERT INTO tags VALUES (1, 'java'), (2, 'sql')",
				"INSERT INTO taggables VALUES (1, 'post', 1), (2, 'videos', 1)");
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				PolymorphicDocumentationIntegrationTests.this.statements.add(statement);
			}
		};
		return Orm.builder(db.dataSource(), schema()).statementListener(listener).build();
	}

	@DatabaseTest
	void polymorphicRelationsAreDefinedWithAliasesAndNoForeignKeys(TestDatabase db) {
		orm(db);
		OrmSchema schema = schema();
		// test: polymorphicRelationsAreDefinedWithAliasesAndNoForeignKeys
		Optional<String> postType = schema.relation(Post.class, "comments").morphValue(); // Optional[post]
		Optional<String> videoType = schema.relation(Video.class, "comments").morphValue(); // Optional[videos]
		var targets = schema.relation(Comment.class, "commentable").morphTargets().keySet(); // [post,
																								// videos]
		var foreignKeys = schema.foreignKeys(); // []: a column pointing at several tables
												// has no FK
		assertThat(postType).contains("post");
		assertThat(videoType).contains("videos");
		assertThat(targets).containsExactly("post", "videos");
		assertThat(foreignKeys).isEmpty();
	}

	@DatabaseTest
	void aMorphToSlotThatCannotHoldEveryTargetIsRefused(TestDatabase db) {
		// test: aMorphToSlotThatCannotHoldEveryTargetIsRefused
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Post.class, Video.class, PostComment.class)
				.relations(
						RelationDefinitions.of(Post.class,
								(r) -> r.morphMany("comments", PostComment.class, "commentable")),
						RelationDefinitions.of(Video.class,
								(r) -> r.morphMany("comments", PostComment.class, "commentable")),
						RelationDefinitions.of(PostComment.class, (r) -> r.morphTo("commentable")))
				.build())
			.withMessageContaining("PostComment.commentable (defined at ")
			.withMessageContaining("the property commentable must be a type every target of the morphTo can be "
					+ "assigned to (such as Object or a common interface of [Post, Video])");
	}

	@DatabaseTest
	void morphToIsBatchedWithOneStatementPerType(TestDatabase db) {
		Orm orm = orm(db);
		this.statements.clear();
		// test: morphToIsBatchedWithOneStatementPerType
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		List<Comment> loaded = comments.query().orderBy("id").load("commentable").many();
		// 3 statements: the comments, then posts WHERE id IN (...), then videos WHERE id
		// IN (...)
		Object first = loaded.get(0).commentable(); // Post[id=1, title=Hello, ...]
		Object third = loaded.get(2).commentable(); // Video[id=1, name=Intro, ...]
		Object fourth = loaded.get(3).commentable(); // null: video 2 is soft-deleted
		QueryPlan.RelationStep step = comments.query().load("commentable").explain().relation("commentable");
		// commentable (morphTo): batched [morph-to] ...
		assertThat(this.statements).hasSize(3);
		assertThat(this.statements.get(1).sql()).containsIgnoringCase("posts");
		assertThat(this.statements.get(2).sql()).containsIgnoringCase("videos");
		assertThat(first).isInstanceOf(Post.class).extracting((p) -> ((Post) p).title()).isEqualTo("Hello");
		assertThat(third).isInstanceOf(Video.class).extracting((v) -> ((Video) v).name()).isEqualTo("Intro");
		assertThat(fourth).isNull();
		assertThat(step.strategy()).isEqualTo(LoadStrategy.BATCHED);
		assertThat(step.requested()).isEqualTo(LoadStrategy.AUTO);
		assertThat(step.reason()).isEqualTo(LoadReason.MORPH_TO);
		assertThat(step.toString()).startsWith("commentable (morphTo): batched [morph-to]");
	}

	@DatabaseTest
	void morphToTakesNoJoinCallbackOrNestedLoad(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		// test: morphToTakesNoJoinCallbackOrNestedLoad
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> comments.query().load("commentable", LoadOptions.join()).many())
			.withMessageContaining("a morphTo reads one statement per type found among the parents");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> comments.query().load("commentable", (q) -> q.where("id", 1)).many())
			.withMessageContaining(
					"is a morphTo whose rows are of several models, so it takes no relation query " + "or nested load");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> comments.query().load("commentable.comments").many())
			.withMessageContaining("so it takes no relation query or nested load");
	}

	@DatabaseTest
	void morphManyAndMorphToManyLoadLikeTheirPlainKinds(TestDatabase db) {
		Orm orm = orm(db);
		this.statements.clear();
		// test: morphManyAndMorphToManyLoadLikeTheirPlainKinds
		List<Post> posts = orm.repository(Post.class)
			.query()
			.orderBy("id")
			.load("comments", (q) -> q.orderBy("id"), LoadOptions.batched()) // ... AND
																				// commentable_type
																				// = ?
			.load("tags", LoadOptions.batched()) // ... AND taggable_type = ?
			.many();
		// posts.get(0).comments(): Nice post, Thanks; posts.get(0).tags(): java
		List<Tag> tags = orm.repository(Tag.class).query().orderBy("id").load("posts").load("videos").many();
		// tags.get(1).videos(): Intro
		assertThat(posts.get(0).comments()).extracting(Comment::body).containsExactly("Nice post", "Thanks");
		assertThat(posts.get(0).tags()).extracting(Tag::name).containsExactly("java");
		assertThat(posts.get(1).comments()).isEmpty();
		assertThat(this.statements.get(1).binds()).contains("post");
		assertThat(tags.get(0).posts()).extracting(Post::title).containsExactly("Hello");
		assertThat(tags.get(1).videos()).extracting(Video::name).containsExactly("Intro");
	}

	@DatabaseTest
	void existenceFiltersWorkOnMorphKinds(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		// test: existenceFiltersWorkOnMorphKinds
		List<Post> commented = orm.repository(Post.class).query().has("comments").many(); // Hello
		List<Tag> onVideos = orm.repository(Tag.class)
			.query()
			.whereHas("videos", (q) -> q.where("name", "Intro"))
			.many(); // sql
		List<Comment> onAnyFirst = comments.query()
			.whereHas("commentable", (q) -> q.where("id", 1))
			.orderBy("id")
			.many(); // 1, 2, 3
		List<Comment> onHello = comments.query()
			.whereHasMorph("commentable", List.of(Post.class), (q) -> q.where("title", "Hello"))
			.orderBy("id")
			.many(); // 1, 2
		List<Comment> orphans = comments.query().doesntHave("commentable").many(); // 4:
																					// its
																					// video
																					// is
																					// soft-deleted
		assertThat(commented).extracting(Post::title).containsExactly("Hello");
		assertThat(onVideos).extracting(Tag::name).containsExactly("sql");
		assertThat(onAnyFirst).extracting(Comment::id).containsExactly(1L, 2L, 3L);
		assertThat(onHello).extracting(Comment::id).containsExactly(1L, 2L);
		assertThat(orphans).extracting(Comment::id).containsExactly(4L);
		// test: existenceFiltersWorkOnMorphKinds
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(
					() -> comments.query().whereHasMorph("commentable", List.of(Tag.class), (q) -> q.where("id", 1)))
			.withMessage("Comment.commentable cannot point at Tag; its models are: Post, Video");
	}

	@DatabaseTest
	void relatedReadsAMorphToByItsType(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Comment> comments = orm.repository(Comment.class);
		Comment thanks = comments.findById(2L).orElseThrow();
		Comment outdated = comments.findById(4L).orElseThrow();
		// test: relatedReadsAMorphToByItsType
		Optional<Object> post = comments.related(thanks, "commentable", Object.class).one(); // Post[id=1,
																								// ...]
		Optional<Object> gone = comments.related(outdated, "commentable", Object.class).one(); // empty
		List<Comment> onPost = orm.repository(Post.class)
			.related((Post) post.orElseThrow(), "comments", Comment.class)
			.many(); // Nice post, Thanks
		assertThat(post).get().isInstanceOf(Post.class).extracting((p) -> ((Post) p).title()).isEqualTo("Hello");
		assertThat(gone).isEmpty();
		assertThat(onPost).extracting(Comment::body).containsExactlyInAnyOrder("Nice post", "Thanks");
	}

}
