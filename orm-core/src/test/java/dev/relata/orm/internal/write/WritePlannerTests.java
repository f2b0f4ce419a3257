package dev.relata.orm.internal.write;

import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.Version;
import dev.relata.orm.internal.write.WritePlan.Action;
import dev.relata.orm.internal.write.WritePlan.AttachTargets;
import dev.relata.orm.internal.write.WritePlan.ColumnValue;
import dev.relata.orm.internal.write.WritePlan.DetachTargets;
import dev.relata.orm.internal.write.WritePlan.InsertRow;
import dev.relata.orm.internal.write.WritePlan.KeyFill;
import dev.relata.orm.internal.write.WritePlan.LinkChildren;
import dev.relata.orm.internal.write.WritePlan.LockRow;
import dev.relata.orm.internal.write.WritePlan.RowRef;
import dev.relata.orm.internal.write.WritePlan.UnlinkChildren;
import dev.relata.orm.internal.write.WritePlan.UpdateRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import dev.relata.orm.write.NestedWrite;

/**
 * Write plans as data: the actions a nested write runs, their order, and the misuse
 * refused before any SQL.
 */
class WritePlannerTests {

	@Table("users")
	record User(@Id Long id, @Column(nullable = false) String name, @Nullable Long roleId, @Version long version,
			@Nullable List<Post> posts, @Nullable Role role, @Nullable Profile profile, @Nullable List<Tag> tags) {
	}

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("profiles")
	record Profile(@Id Long id, @Nullable Long userId, String bio) {
	}

	@Table("posts")
	record Post(@Id Long id, String title, @Nullable Long userId, @Nullable List<Tag> tags,
			@Nullable List<Comment> comments) {
	}

	@Table("comments")
	record Comment(@Id Long id, long postId, String body, @Nullable Post post) {
	}

	@Table("tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private final OrmSchema schema = OrmSchema.builder()
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

	private static User user(String name) {
		return new User(null, name, null, 0, null, null, null, null);
	}

	private static Post post(String title) {
		return new Post(null, title, null, null, null);
	}

	@SuppressWarnings("unchecked")
	private <T> WritePlan insert(T entity, Consumer<NestedWrite<T>> writes) {
		EntityModel<T> model = (EntityModel<T>) this.schema.model(entity.getClass());
		return WritePlanner.insert(this.schema, model, entity, RecordingNestedWrite.record(writes));
	}

	private WritePlan update(Object key, Consumer<NestedWrite<User>> writes) {
		return WritePlanner.update(this.schema, this.schema.model(User.class), key,
				RecordingNestedWrite.record(writes));
	}

	private WritePlan insertPost(Consumer<NestedWrite<Post>> writes) {
		return insert(post("p"), writes);
	}

	@Test
	void plansTheApiExampleParentsFirstWithChildrenAfterTheRoot() {
		Profile profile = new Profile(null, null, "Builder");
		Post first = post("First post");
		WritePlan plan = insert(user("Alice"),
				(w) -> w.connect("role", 1L)
					.create("profile", profile)
					.create("posts", first, (p) -> p.connect("tags", 1L, 2L)));
		List<Action> actions = plan.actions();
		assertThat(actions).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("InsertRow", "InsertRow", "InsertRow", "AttachTargets");
		InsertRow root = (InsertRow) actions.get(0);
		assertThat(root.ref()).isEqualTo(plan.root());
		assertThat(root.model().type()).isEqualTo(User.class);
		assertThat(root.fills()).isEmpty();
		assertThat(((User) root.entity()).roleId()).isEqualTo(1L);
		assertThat(((User) root.entity()).name()).isEqualTo("Alice");
		InsertRow profileRow = (InsertRow) actions.get(1);
		assertThat(profileRow.entity()).isSameAs(profile);
		assertThat(profileRow.fills()).extracting(KeyFill::source).containsExactly(plan.root());
		assertThat(profileRow.fills()).extracting((f) -> f.property().name()).containsExactly("userId");
		InsertRow postRow = (InsertRow) actions.get(2);
		assertThat(postRow.entity()).isSameAs(first);
		assertThat(postRow.fills()).extracting(KeyFill::source).containsExactly(plan.root());
		AttachTargets tags = (AttachTargets) actions.get(3);
		assertThat(tags.relation().name()).isEqualTo("tags");
		assertThat(tags.relation().source().type()).isEqualTo(Post.class);
		assertThat(tags.owner()).isEqualTo(postRow.ref());
		assertThat(tags.targetKeys()).containsExactly(1L, 2L);
		assertThat(tags.createdTargets()).isEmpty();
		assertThat(List.of(root.ref(), profileRow.ref(), postRow.ref())).doesNotHaveDuplicates();
	}

	@Test
	void createdBelongsToTargetIsInsertedBeforeTheRootWhichTakesItsKey() {
		WritePlan plan = insert(user("Alice"), (w) -> w.create("role", new Role(null, "admin")));
		assertThat(plan.actions()).hasSize(2);
		InsertRow role = (InsertRow) plan.actions().get(0);
		InsertRow root = (InsertRow) plan.actions().get(1);
		assertThat(role.model().type()).isEqualTo(Role.class);
		assertThat(root.ref()).isEqualTo(plan.root());
		assertThat(root.fills())
			.containsExactly(new KeyFill(this.schema.model(User.class).property("roleId"), role.ref()));
	}

	@Test
	void createdManyToManyTargetIsInsertedThenAttached() {
		WritePlan plan = insert(user("Alice"), (w) -> w.create("tags", new Tag(null, "java")).connect("tags", 3L));
		assertThat(plan.actions()).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("InsertRow", "InsertRow", "AttachTargets", "AttachTargets");
		InsertRow tag = (InsertRow) plan.actions().get(1);
		assertThat(tag.model().type()).isEqualTo(Tag.class);
		assertThat(tag.fills()).isEmpty();
		AttachTargets created = (AttachTargets) plan.actions().get(2);
		assertThat(created.owner()).isEqualTo(plan.root());
		assertThat(created.createdTargets()).containsExactly(tag.ref());
		assertThat(created.targetKeys()).isEmpty();
		assertThat(((AttachTargets) plan.actions().get(3)).targetKeys()).containsExactly(3L);
	}

	@Test
	void createsOfOneRelationAreConsecutiveSoTheyBatch() {
		WritePlan plan = insert(user("Alice"),
				(w) -> w.create("posts", post("a"), (p) -> p.connect("tags", 1L))
					.create("profile", new Profile(null, null, "bio"))
					.create("posts", post("b"), (p) -> p.connect("tags", 2L))
					.create("tags", new Tag(null, "x"))
					.create("tags", new Tag(null, "y")));
		List<String> rows = plan.actions()
			.stream()
			.filter(InsertRow.class::isInstance)
			.map((a) -> ((InsertRow) a).model().name())
			.toList();
		assertThat(rows).containsExactly("User", "Post", "Post", "Profile", "Tag", "Tag");
		List<Action> actions = plan.actions();
		assertThat(actions.get(1)).isInstanceOf(InsertRow.class);
		assertThat(actions.get(2)).isInstanceOf(InsertRow.class);
		assertThat(actions).filteredOn(AttachTargets.class::isInstance)
			.extracting((a) -> ((AttachTargets) a).relation().source().name())
			.containsExactly("Post", "Post", "User");
	}

	@Test
	void plansAnUpdateAsLockThenUpdateThenChildren() {
		WritePlan plan = update(5L,
				(w) -> w.set("name", "Alice B.")
					.connect("role", 2L)
					.disconnect("tags", List.of(4L))
					.create("posts", post("Second")));
		List<Action> actions = plan.actions();
		assertThat(actions).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("LockRow", "UpdateRow", "DetachTargets", "InsertRow");
		assertThat(actions.get(0)).isEqualTo(new LockRow(plan.root(), this.schema.model(User.class), 5L));
		UpdateRow update = (UpdateRow) actions.get(1);
		assertThat(update.values()).extracting((v) -> v.property().name(), ColumnValue::value)
			.containsExactly(tuple("name", "Alice B."), tuple("roleId", 2L));
		assertThat(update.fills()).isEmpty();
		assertThat(((DetachTargets) actions.get(2)).targetKeys()).containsExactly(4L);
		assertThat(((DetachTargets) actions.get(2)).owner()).isEqualTo(plan.root());
		assertThat(((InsertRow) actions.get(3)).fills()).extracting(KeyFill::source).containsExactly(plan.root());
	}

	@Test
	void updateWithACreatedBelongsToFillsTheForeignKeyAfterTheTargetIsInserted() {
		WritePlan plan = update(5L, (w) -> w.create("role", new Role(null, "new")).disconnect("profile", 9L));
		assertThat(plan.actions()).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("LockRow", "InsertRow", "UpdateRow", "UnlinkChildren");
		InsertRow role = (InsertRow) plan.actions().get(1);
		UpdateRow update = (UpdateRow) plan.actions().get(2);
		assertThat(update.values()).isEmpty();
		assertThat(update.fills()).extracting(KeyFill::source).containsExactly(role.ref());
		assertThat(((UnlinkChildren) plan.actions().get(3)).childKeys()).containsExactly(9L);
	}

	@Test
	void updateWithOnlyChildrenDoesNotUpdateTheRow() {
		WritePlan plan = update(5L, (w) -> w.connect("posts", 7L, 8L).disconnect("role", List.of()));
		assertThat(plan.actions()).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("LockRow", "LinkChildren");
		assertThat(((LinkChildren) plan.actions().get(1)).childKeys()).containsExactly(7L, 8L);
	}

	@Test
	void normalizesIdsToTheKeyTypeAndDropsDuplicates() {
		WritePlan plan = update(5,
				(w) -> w.connect("role", 2).connect("tags", List.of(3, 1, 3)).disconnect("posts", 4));
		assertThat(((LockRow) plan.actions().get(0)).key()).isEqualTo(5L);
		assertThat(((UpdateRow) plan.actions().get(1)).values().get(0).value()).isEqualTo(2L);
		assertThat(((AttachTargets) plan.actions().get(2)).targetKeys()).containsExactly(3L, 1L);
		assertThat(((UnlinkChildren) plan.actions().get(3)).childKeys()).containsExactly(4L);
	}

	@Test
	void emptyIdCollectionsAreNoOps() {
		WritePlan plan = insert(user("Alice"),
				(w) -> w.connect("tags", List.of()).connect("posts").disconnect("tags", List.of()).connect("role"));
		assertThat(plan.actions()).hasSize(1).first().isInstanceOf(InsertRow.class);
	}

	@Test
	void refusesConnectOfTwoIdsToABelongsTo() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.connect("role", 1L, 2L)))
			.withMessageContaining("connect(\"role\"")
			.withMessageContaining("pass one id");
	}

	@Test
	void refusesConnectOfTwoIdsToAHasOne() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> update(1L, (w) -> w.connect("profile", List.of(1L, 2L))))
			.withMessageContaining("connect(\"profile\"")
			.withMessageContaining("hasOne");
	}

	@Test
	void refusesDisconnectOfANotNullBelongsTo() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(new Comment(null, 1, "hi", null), (w) -> w.disconnect("post")))
			.withMessageContaining("disconnect(\"post\")")
			.withMessageContaining("NOT NULL");
	}

	@Test
	void refusesDisconnectOfChildrenWithANotNullForeignKey() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insertPost((w) -> w.disconnect("comments", 1L)))
			.withMessageContaining("disconnect(\"comments\")")
			.withMessageContaining("NOT NULL");
	}

	@Test
	void refusesDisconnectOfABelongsToWithIds() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(1L, (w) -> w.disconnect("role", 1L)))
			.withMessageContaining("takes no ids")
			.withMessageContaining("call disconnect(\"role\")");
	}

	@Test
	void refusesDisconnectOfAHasManyWithoutIds() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(1L, (w) -> w.disconnect("posts")))
			.withMessageContaining("disconnect(\"posts\")")
			.withMessageContaining("needs the ids");
	}

	@Test
	void refusesSetOnAKey() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(1L, (w) -> w.set("id", 2L)))
			.withMessageContaining("set(\"id\"")
			.withMessageContaining("is a key");
	}

	@Test
	void refusesSetOnTheVersion() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(1L, (w) -> w.set("version", 2L)))
			.withMessageContaining("set(\"version\"")
			.withMessageContaining("@Version");
	}

	@Test
	void refusesSetOnARelationSlotNamingNestedWrites() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.set("posts", List.of())))
			.withMessageContaining("set(\"posts\"")
			.withMessageContaining("connect, disconnect or create");
	}

	@Test
	void refusesSetOfANotNullColumnToNull() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(1L, (w) -> w.set("name", null)))
			.withMessageContaining("set(\"name\", null)")
			.withMessageContaining("NOT NULL");
	}

	@Test
	void refusesACreatedChildWhoseForeignKeyIsSet() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.create("profile", new Profile(null, 3L, "bio"))))
			.withMessageContaining("create(\"profile\"")
			.withMessageContaining("leave Profile.userId null");
	}

	@Test
	void refusesACreatedEntityOfTheWrongType() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.create("posts", new Tag(null, "java"))))
			.withMessage("create(\"posts\", ...) on User: expected a Post, got a Tag");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.create("role", new Tag(null, "java"))))
			.withMessage("create(\"role\", ...) on User: expected a Role, got a Tag");
	}

	@Test
	void refusesARootWithARelationSlotSet() {
		User withPosts = new User(null, "A", null, 0, List.of(post("x")), null, null, null);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> insert(withPosts, (w) -> {
		})).withMessageContaining("posts").withMessageContaining("create(\"posts\"");
	}

	@Test
	void refusesACreatedChildWithARelationSlotSet() {
		Post withTags = new Post(null, "x", null, List.of(new Tag(1L, "java")), null);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.create("posts", withTags)))
			.withMessageContaining("Post.tags")
			.withMessageContaining("connect(\"tags\", ids)");
	}

	@Test
	void refusesAnUnknownRelationListingTheRelations() {
		assertThatExceptionOfType(UnknownRelationException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.connect("post", 1L)))
			.withMessageContaining("'post'")
			.withMessageContaining("posts, profile, role, tags");
	}

	@Test
	void refusesANullIdNamingTheOperation() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.connect("tags", 1L, null)))
			.withMessageContaining("connect(\"tags\", ...) got a null id");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> update(1L, (w) -> w.disconnect("posts", java.util.Arrays.asList(1L, null))))
			.withMessageContaining("disconnect(\"posts\", ...) got a null id");
	}

	@Test
	void refusesANullCreatedEntity() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> insert(user("A"), (w) -> w.create("posts", null)))
			.withMessageContaining("create(\"posts\", null)");
	}

	@Test
	void refusesANullKeyForAnUpdate() {
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> update(null, (w) -> w.set("name", "x")))
			.withMessageContaining("User.id must not be null");
	}

	@Test
	void numbersTheRootZeroEvenWhenItsBelongsToTargetIsInsertedFirst() {
		WritePlan plan = insert(user("A"), (w) -> w.create("role", new Role(null, "r")));
		assertThat(plan.root()).isEqualTo(new RowRef(0));
		assertThat(((InsertRow) plan.actions().get(0)).ref()).isEqualTo(new RowRef(1));
	}

}
