package dev.relata.orm.schema;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.sql.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema resolves polymorphic relations and refuses each problem with the relation
 * and the fix; nested writes through a morphMany or morphTo are refused before any SQL.
 */
class MorphRelationValidationTests {

	@Table("posts")
	record Post(@Id Long id, String title, @Nullable List<Comment> comments) {
	}

	@Table("videos")
	record Video(@Id Long id, String name, @Nullable List<Comment> comments) {
	}

	@Table("comments")
	record Comment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Object commentable) {
	}

	@Table("articles")
	record Article(@Id Long id, String title) {
	}

	@Table("clips")
	record Clip(@Id Long id, String name) {
	}

	@Table("comments")
	record ArticleComment(@Id Long id, String body, @Nullable String commentableType, @Nullable Long commentableId,
			@Nullable Article commentable) {
	}

	@Table("notes")
	record Note(@Id Long id, String body, @Nullable Long notableId) {
	}

	@Table("remarks")
	record Remark(@Id Long id, @Nullable Integer remarkableType, @Nullable Long remarkableId) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("taggables")
	record Taggable(@Id Long tagId, @Id String taggableType, @Id Long taggableId) {
	}

	@Test
	void morphManyResolvesTypeAndIdColumnsAndTheTableNameAsDefaultAlias() {
		OrmSchema schema = OrmSchema.builder()
			.models(Post.class, Video.class, Comment.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Video.class,
							(r) -> r.morphAlias("video").morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
			.build();

		Relation postComments = schema.relation(Post.class, "comments");
		assertThat(postComments.kind()).isEqualTo(RelationKind.MORPH_MANY);
		assertThat(postComments.morphType()).map(ModelProperty::qualifiedName).contains("Comment.commentableType");
		assertThat(postComments.targetKey().qualifiedName()).isEqualTo("Comment.commentableId");
		assertThat(postComments.morphValue()).contains("posts");
		assertThat(schema.relation(Video.class, "comments").morphValue()).contains("video");
		Relation commentable = schema.relation(Comment.class, "commentable");
		assertThat(commentable.morphValue()).isEmpty();
		assertThat(commentable.morphTargets()).containsOnlyKeys("posts", "video");
		assertThat(commentable.morphTargets().get("video").type()).isEqualTo(Video.class);
		assertThat(schema.foreignKeys()).isEmpty();
	}

	@Test
	void morphManyWhoseTargetLacksTheTypeOrIdColumnIsRefusedListingTheColumns() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Post.class, Note.class)
				.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("notes", Note.class, "notable")))
				.build())
			.withMessageContaining("Post.notes")
			.withMessageContaining(
					"morph type column 'notableType' is not a column of Note; Note has: id, body, " + "notableId")
			.withMessageNotContaining("'notableId'");
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Post.class, Note.class)
				.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("notes", Note.class, "remarkable")))
				.build())
			.withMessageContaining(
					"morph id column 'remarkableId' is not a column of Note; Note has: id, body, " + "notableId")
			.withMessageContaining("morph type column 'remarkableType' is not a column of Note");
	}

	@Test
	void typeColumnThatIsNotAStringIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Post.class, Remark.class)
				.relations(
						RelationDefinitions.of(Post.class, (r) -> r.morphMany("remarks", Remark.class, "remarkable")))
				.build())
			.withMessageContaining("Post.remarks")
			.withMessageContaining(
					"Remark.remarkableType holds the type of a polymorphic relation and must be a String");
	}

	@Test
	void morphToThatNoModelTargetsIsRefusedNamingTheFix() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Comment.class)
				.relations(RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
				.build())
			.withMessageContaining("Comment.commentable")
			.withMessageContaining("no model declares morphMany or morphOne(\"...\", Comment.class, \"commentable\"), "
					+ "so nothing can be the target of this morphTo");
	}

	@Test
	void morphToSlotMustHoldEveryTarget() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Article.class, Clip.class, ArticleComment.class)
				.relations(
						RelationDefinitions.of(Article.class,
								(r) -> r.morphMany("comments", ArticleComment.class, "commentable")),
						RelationDefinitions.of(Clip.class,
								(r) -> r.morphMany("comments", ArticleComment.class, "commentable")),
						RelationDefinitions.of(ArticleComment.class, (r) -> r.morphTo("commentable")))
				.build())
			.withMessageContaining("ArticleComment.commentable")
			.withMessageContaining("the property commentable must be a type every target of the morphTo can be "
					+ "assigned to (such as Object or a common interface of [Article, Clip])");
		OrmSchema onlyArticles = OrmSchema.builder()
			.models(Article.class, ArticleComment.class)
			.relations(
					RelationDefinitions.of(Article.class,
							(r) -> r.morphMany("comments", ArticleComment.class, "commentable")),
					RelationDefinitions.of(ArticleComment.class, (r) -> r.morphTo("commentable")))
			.build();
		assertThat(onlyArticles.relation(ArticleComment.class, "commentable").morphTargets())
			.containsOnlyKeys("articles");
		OrmSchema objectSlot = OrmSchema.builder()
			.models(Post.class, Video.class, Comment.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Video.class, (r) -> r.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
			.build();
		assertThat(objectSlot.relation(Comment.class, "commentable").morphTargets()).containsOnlyKeys("posts",
				"videos");
	}

	@Test
	void morphToManyWithoutThroughIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> OrmSchema.builder()
			.models(Post.class, Tag.class, Taggable.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.morphToMany("tags", Tag.class, "taggable", (m) -> {
			})))
			.build())
			.withMessageContaining("Post.tags")
			.withMessageContaining("a morphToMany needs its join model, given as a model of the schema: "
					+ "m -> m.through(Join.class).from(...).to(...)");
	}

	@Test
	void blankMorphNamesAndAliasesAreRefusedAtDefinition() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(Post.class, (r) -> r.morphMany("comments", Comment.class, " ")))
			.withMessageContaining("Post.comments needs a morph name")
			.withMessageContaining("\"commentable\" for commentableType and commentableId");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(Comment.class, (r) -> r.morphTo("")));
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(Post.class,
					(r) -> r.morphToMany("tags", Tag.class, "",
							(m) -> m.through(Taggable.class).from(Taggable::taggableId).to(Taggable::tagId))))
			.withMessageContaining("Post.tags needs a morph name");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(Post.class, (r) -> r.morphAlias("  ")))
			.withMessage("morphAlias of Post must not be blank");
	}

	@Test
	void nestedWritesThroughMorphManyOrMorphToAreRefusedBeforeAnySql() {
		OrmSchema schema = OrmSchema.builder()
			.models(Post.class, Comment.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.morphMany("comments", Comment.class, "commentable")),
					RelationDefinitions.of(Comment.class, (r) -> r.morphTo("commentable")))
			.build();
		Orm orm = Orm.builder(neverConnected(), schema).dialect(Dialects.H2).build();
		Comment comment = new Comment(null, "hi", null, null, null);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Post.class)
				.insert(new Post(null, "first", null), (w) -> w.create("comments", comment)))
			.withMessage("Nested writes through Post.comments (morphMany) are not supported: "
					+ "set its type and id columns in the row itself");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Comment.class)
				.insert(comment, (w) -> w.create("commentable", new Post(null, "first", null))))
			.withMessageContaining("Comment.commentable (morphTo)");
	}

	private static DataSource neverConnected() {
		return new AbstractDataSource() {

			@Override
			public Connection getConnection() {
				throw new AssertionError("no connection expected");
			}

			@Override
			public Connection getConnection(String username, String password) {
				throw new AssertionError("no connection expected");
			}

			@Override
			public PrintWriter getLogWriter() {
				throw new UnsupportedOperationException();
			}

		};
	}

}
