package dev.relata.orm.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.PivotFixture.Tag;
import dev.relata.orm.write.PivotFixture.User;

import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Attach, detach, detachAll, sync and toggle on a many-to-many's join rows, checked
 * against the join table.
 */
class PivotOperationsIntegrationTests {

	private static final String TAGS = "SELECT COUNT(*) FROM pv_user_tags";

	private static final User ADA = new User(1L, "Ada", 1L);

	private PivotFixture fixture;

	private Related<Tag> tags(TestDatabase db) {
		this.fixture = new PivotFixture(db);
		OrmRepository<User> users = this.fixture.orm().repository(User.class);
		return users.related(ADA, "tags", Tag.class);
	}

	@DatabaseTest
	void attachOfOneTargetInsertsOneJoinRow(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThat(tags.attach(3L)).isEqualTo(1);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(3L);
		assertThat(this.fixture.count(TAGS)).isOne();
	}

	@DatabaseTest
	void attachOfACollectionInsertsOneJoinRowPerNewTarget(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThat(tags.attach(List.of(4L, 2L, 7L))).isEqualTo(3);
		assertThat(tags.attach((Object) List.of(5L, 2L))).isEqualTo(1);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(2L, 4L, 5L, 7L);
		assertThat(tags.many()).extracting(Tag::name).containsExactly("tag2", "tag4", "tag5", "tag7");
	}

	@DatabaseTest
	void attachOfAnExistingPairIsANoOp(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id, added_by) VALUES (1, 2, 'seed')");
		assertThat(tags.attach(2L)).isZero();
		assertThat(tags.attach(List.of(2, 2L))).isZero();
		assertThat(this.fixture.count(TAGS)).isOne();
		assertThat(db.jdbc().queryForObject("SELECT added_by FROM pv_user_tags", String.class)).isEqualTo("seed");
	}

	@DatabaseTest
	void attachOfTheSameTargetTwiceInOneCallInsertsItOnce(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThat(tags.attach(List.of(3L, 3, 3L))).isEqualTo(1);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(3L);
	}

	@DatabaseTest
	void attachWithExtrasStoresThemOnTheNewRowsOnly(TestDatabase db) {
		Related<Tag> tags = tags(db);
		tags.attach(1L);
		assertThat(tags.attach(List.of(1L, 2L, 3L), Map.of("addedBy", "import"))).isEqualTo(2);
		List<Map<String, Object>> rows = db.jdbc()
			.queryForList("SELECT tag_id, added_by FROM pv_user_tags WHERE user_id = 1 ORDER BY tag_id");
		assertThat(rows).extracting((row) -> String.valueOf(row.get("added_by")))
			.containsExactly("null", "import", "import");
	}

	@DatabaseTest
	void attachWithAnUnknownExtraIsRefusedListingTheJoinModelsProperties(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> tags.attach(List.of(1L), Map.of("addedByWho", "x")))
			.withMessageContaining("addedByWho")
			.withMessageContaining("addedBy")
			.withMessageContaining("userId")
			.withMessageContaining("tagId");
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count(TAGS)).isZero();
	}

	@DatabaseTest
	void attachWithAnExtraNamingOneOfTheKeysIsRefused(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> tags.attach(List.of(1L), Map.of("tagId", 5L)))
			.withMessageContaining("tagId");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> tags.sync(List.of(1L), Map.of("userId", 2L)))
			.withMessageContaining("userId");
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count(TAGS)).isZero();
	}

	@DatabaseTest
	void attachOfNothingIsANoOpWithoutStatements(TestDatabase db) {
		Related<Tag> tags = tags(db);
		assertThat(tags.attach(List.of())).isZero();
		assertThat(this.fixture.statements).isEmpty();
	}

	@DatabaseTest
	void detachDeletesTheGivenPairsOnly(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1), (1, 2), (1, 3), (1, 4), (2, 1)");
		assertThat(tags.detach(2L)).isEqualTo(1);
		assertThat(tags.detach(List.of(3, 4L, 9L))).isEqualTo(2);
		assertThat(tags.detach(2L)).isZero();
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L);
		assertThat(this.fixture.tagIds("pv_user_tags", 2)).containsExactly(1L);
	}

	@DatabaseTest
	void detachOfNothingIsANoOpWithoutStatements(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1)");
		assertThat(tags.detach(List.of())).isZero();
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count(TAGS)).isOne();
	}

	@DatabaseTest
	void detachAllDeletesEveryPairOfTheOwnerOnly(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1), (1, 2), (2, 1), (3, 2)");
		assertThat(tags.detachAll()).isEqualTo(2);
		assertThat(tags.detachAll()).isZero();
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).isEmpty();
		assertThat(this.fixture.count(TAGS)).isEqualTo(2);
	}

	@DatabaseTest
	void syncAttachesTheMissingAndDetachesTheOthersAsInTheApiExample(TestDatabase db) {
		Related<Tag> tags = tags(db);
		tags.attach(1L);
		tags.attach(List.of(1L, 2L), Map.of("addedBy", "import"));
		SyncResult result = tags.sync(List.of(2L, 3L));
		assertThat(result.attached()).containsExactly(3L);
		assertThat(result.detached()).containsExactly(1L);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(2L, 3L);
		assertThat(db.jdbc().queryForObject("SELECT added_by FROM pv_user_tags WHERE tag_id = 2", String.class))
			.isEqualTo("import");
	}

	@DatabaseTest
	void syncReturnsKeysAscending(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 9), (1, 2), (1, 5)");
		SyncResult result = tags.sync(List.of(8L, 5L, 1L, 10L));
		assertThat(result.attached()).containsExactly(1L, 8L, 10L);
		assertThat(result.detached()).containsExactly(2L, 9L);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L, 5L, 8L, 10L);
	}

	@DatabaseTest
	void syncWithIntegerIdsOnLongKeysKeepsTheExistingPairs(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id, added_by) VALUES (1, 1, 'a'), (1, 2, 'b'), (1, 3, 'c')");
		SyncResult result = tags.sync(List.of(2, 3, 4));
		assertThat(result.attached()).containsExactly(4L);
		assertThat(result.detached()).containsExactly(1L);
		assertThat(db.jdbc()
			.queryForList("SELECT added_by FROM pv_user_tags WHERE user_id = 1 AND tag_id IN (2, 3) ORDER BY tag_id",
					String.class))
			.containsExactly("b", "c");
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(2L, 3L, 4L);
	}

	@DatabaseTest
	void syncToNothingDetachesEverything(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1), (1, 2), (2, 2)");
		SyncResult result = tags.sync(List.of());
		assertThat(result.attached()).isEmpty();
		assertThat(result.detached()).containsExactly(1L, 2L);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).isEmpty();
		assertThat(this.fixture.tagIds("pv_user_tags", 2)).containsExactly(2L);
	}

	@DatabaseTest
	void syncWithExtrasStoresThemOnTheNewRowsOnly(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id, added_by) VALUES (1, 1, 'old'), (1, 2, 'old')");
		SyncResult result = tags.sync(List.of(2L, 6L, 7L), Map.of("addedBy", "sync"));
		assertThat(result.attached()).containsExactly(6L, 7L);
		assertThat(result.detached()).containsExactly(1L);
		assertThat(db.jdbc()
			.queryForList("SELECT added_by FROM pv_user_tags WHERE user_id = 1 ORDER BY tag_id", String.class))
			.containsExactly("old", "sync", "sync");
	}

	@DatabaseTest
	void syncToTheCurrentTargetsChangesNothing(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1), (1, 2)");
		this.fixture.statements.clear();
		SyncResult result = tags.sync(List.of(2L, 1L));
		assertThat(result.attached()).isEmpty();
		assertThat(result.detached()).isEmpty();
		assertThat(this.fixture.sql()).hasSize(2).allMatch((sql) -> sql.startsWith("SELECT"));
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(1L, 2L);
	}

	@DatabaseTest
	void toggleFlipsEachLink(TestDatabase db) {
		Related<Tag> tags = tags(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 1), (1, 3), (2, 2)");
		SyncResult result = tags.toggle(List.of(3, 2L, 1L, 5L));
		assertThat(result.attached()).containsExactly(2L, 5L);
		assertThat(result.detached()).containsExactly(1L, 3L);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(2L, 5L);
		assertThat(this.fixture.tagIds("pv_user_tags", 2)).containsExactly(2L);
		SyncResult back = tags.toggle(List.of(2L, 5L));
		assertThat(back.attached()).isEmpty();
		assertThat(back.detached()).containsExactly(2L, 5L);
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).isEmpty();
	}

	@DatabaseTest
	void everyOperationLocksTheOwnerWithItsFirstStatement(TestDatabase db) {
		Related<Tag> tags = tags(db);
		List<Consumer<Related<Tag>>> operations = List.of((t) -> t.attach(1L), (t) -> t.attach(List.of(1L, 2L)),
				(t) -> t.attach(List.of(3L), Map.of("addedBy", "x")), (t) -> t.detach(1L),
				(t) -> t.detach(List.of(2L, 3L)), (t) -> t.detachAll(), (t) -> t.sync(List.of(4L, 5L)),
				(t) -> t.sync(List.of(5L, 6L), Map.of("addedBy", "y")), (t) -> t.toggle(List.of(6L, 7L)));
		for (Consumer<Related<Tag>> operation : operations) {
			this.fixture.statements.clear();
			operation.accept(tags);
			List<String> sql = this.fixture.sql();
			assertThat(sql).isNotEmpty();
			assertThat(sql.get(0)).startsWith("SELECT").containsIgnoringCase("pv_users").endsWith("FOR UPDATE");
			assertThat(sql.subList(1, sql.size())).noneMatch((each) -> each.contains("FOR UPDATE"));
		}
		assertThat(this.fixture.tagIds("pv_user_tags", 1)).containsExactly(5L, 7L);
	}

	@DatabaseTest
	void everyOperationOnAMissingOwnerFailsAndWritesNothing(TestDatabase db) {
		this.fixture = new PivotFixture(db);
		OrmRepository<User> users = this.fixture.orm().repository(User.class);
		for (String relation : List.of("tags", "looseTags")) {
			Related<Tag> tags = users.related(new User(99L, "Nobody", null), relation, Tag.class);
			List<Runnable> operations = List.of(() -> tags.attach(1L), () -> tags.attach(List.of(1L, 2L)),
					() -> tags.detach(1L), () -> tags.detachAll(), () -> tags.sync(List.of(1L)),
					() -> tags.sync(List.of()), () -> tags.toggle(List.of(1L)));
			for (Runnable operation : operations) {
				assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class).isThrownBy(operation::run)
					.withMessageContaining("99");
			}
		}
		assertThat(this.fixture.statements).allMatch((statement) -> statement.sql().endsWith("FOR UPDATE"));
		assertThat(this.fixture.count(TAGS)).isZero();
		assertThat(this.fixture.count("SELECT COUNT(*) FROM pv_loose_tags")).isZero();
	}

	@DatabaseTest
	void pivotOperationsOnOtherRelationKindsAreRefusedNamingConnectAndDisconnect(TestDatabase db) {
		this.fixture = new PivotFixture(db);
		OrmRepository<User> users = this.fixture.orm().repository(User.class);
		for (String relation : List.of("posts", "role", "profile")) {
			Related<Object> related = users.related(ADA, relation, relationTarget(relation));
			List<Runnable> operations = List.of(() -> related.attach(1L), () -> related.attach(List.of(1L), Map.of()),
					() -> related.detach(1L), () -> related.detachAll(), () -> related.sync(List.of(1L)),
					() -> related.toggle(List.of(1L)));
			for (Runnable operation : operations) {
				assertThatExceptionOfType(OrmUsageException.class).isThrownBy(operation::run)
					.withMessageContaining(relation)
					.withMessageContaining("connect(")
					.withMessageContaining("disconnect(");
			}
		}
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count("SELECT COUNT(*) FROM pv_posts WHERE user_id = 1")).isEqualTo(2);
	}

	@DatabaseTest
	void nullIdsAreRefusedBeforeAnyStatement(TestDatabase db) {
		Related<Tag> tags = tags(db);
		List<Long> withNull = new ArrayList<>(List.of(1L));
		withNull.add(null);
		List<Runnable> operations = List.of(() -> tags.attach(withNull), () -> tags.detach(withNull),
				() -> tags.sync(withNull), () -> tags.toggle(withNull), () -> tags.attach(withNull, Map.of()),
				() -> tags.attach((Object) null), () -> tags.detach((Object) null));
		for (Runnable operation : operations) {
			assertThatExceptionOfType(OrmUsageException.class).isThrownBy(operation::run).withMessageContaining("null");
		}
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count(TAGS)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> relationTarget(String relation) {
		Class<?> target = switch (relation) {
			case "posts" -> PivotFixture.Post.class;
			case "role" -> PivotFixture.Role.class;
			default -> PivotFixture.Profile.class;
		};
		return (Class<Object>) target;
	}

}
