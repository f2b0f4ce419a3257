package dev.relata.orm.write;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.NestedWriteFixture.Post;
import dev.relata.orm.write.NestedWriteFixture.Profile;
import dev.relata.orm.write.NestedWriteFixture.Statements;
import dev.relata.orm.write.NestedWriteFixture.User;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

import static dev.relata.orm.write.NestedWriteFixture.count;
import static dev.relata.orm.write.NestedWriteFixture.insertRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Nested writes that fail: a missing row, a taken hasOne, unknown keys and misuse;
 * nothing they wrote survives.
 */
class NestedWriteFailureIntegrationTests {

	private final Statements statements = new Statements();

	private OrmRepository<User> users(TestDatabase db) {
		return NestedWriteFixture.orm(db, this.statements).repository(User.class);
	}

	private static long rows(TestDatabase db) {
		return count(db,
				"SELECT (SELECT COUNT(*) FROM nwt_users) + (SELECT COUNT(*) FROM nwt_posts) "
						+ "+ (SELECT COUNT(*) FROM nwt_profiles) + (SELECT COUNT(*) FROM nwt_user_tags) "
						+ "+ (SELECT COUNT(*) FROM nwt_roles) + (SELECT COUNT(*) FROM nwt_tags)");
	}

	@DatabaseTest
	void updateOfAMissingKeyThrowsAndWritesNothing(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = rows(db);
		assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
			.isThrownBy(() -> users.update(404L, (w) -> w.set("name", "x").create("posts", new Post("orphan"))))
			.withMessageContaining("No User with key 404");
		assertThat(rows(db)).isEqualTo(before);
		assertThat(this.statements.all()).singleElement()
			.satisfies((s) -> assertThat(s.sql()).startsWith("SELECT").contains("FOR UPDATE"));
	}

	@DatabaseTest
	void hasOneConnectOfAChildWhenAnotherHoldsTheParentIsRefused(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = insertRow(db, "nwt_users", "name", "Alice");
		long held = insertRow(db, "nwt_profiles", "user_id, bio", alice, "first");
		long other = insertRow(db, "nwt_profiles", "bio", "second");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> users.update(alice, (w) -> w.set("name", "Alice B.").connect("profile", other)))
			.withMessageContaining("already has a Profile")
			.withMessageContaining("disconnect it first");
		assertThat(count(db, "SELECT user_id FROM nwt_profiles WHERE id = ?", held)).isEqualTo(alice);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_profiles WHERE id = ? AND user_id IS NULL", other)).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT name FROM nwt_users WHERE id = ?", String.class, alice))
			.isEqualTo("Alice");
	}

	@DatabaseTest
	void hasOneReconnectOfTheChildItAlreadyHasIsAllowed(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = insertRow(db, "nwt_users", "name", "Alice");
		long held = insertRow(db, "nwt_profiles", "user_id, bio", alice, "first");
		users.update(alice, (w) -> w.connect("profile", held));
		assertThat(count(db, "SELECT user_id FROM nwt_profiles WHERE id = ?", held)).isEqualTo(alice);
	}

	@DatabaseTest
	void hasOneCreateWhenTheRowHasAChildFailsOnTheUniqueForeignKeyAndWritesNothing(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = insertRow(db, "nwt_users", "name", "Alice");
		insertRow(db, "nwt_profiles", "user_id, bio", alice, "first");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> users.update(alice,
				(w) -> w.set("name", "Alice B.")
					.create("posts", new Post("p"))
					.create("profile", new Profile(null, null, "second"))));
		assertThat(db.jdbc().queryForList("SELECT bio FROM nwt_profiles WHERE user_id = ?", String.class, alice))
			.containsExactly("first");
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts")).isZero();
		assertThat(db.jdbc().queryForObject("SELECT name FROM nwt_users WHERE id = ?", String.class, alice))
			.isEqualTo("Alice");
	}

	@DatabaseTest
	void connectOfAnUnknownChildKeyRollsBackTheRootInsert(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long post = insertRow(db, "nwt_posts", "title", "real");
		long before = rows(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> users.insert(new User("Alice"),
					(w) -> w.create("profile", new Profile(null, null, "bio")).connect("posts", post, 999L)))
			.withMessageContaining("connect(\"posts\")")
			.withMessageContaining("999");
		assertThat(rows(db)).isEqualTo(before);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_users")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts WHERE user_id IS NOT NULL")).isZero();
	}

	@DatabaseTest
	void connectOfAnUnknownTargetKeyRollsBackTheRootInsert(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = rows(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> users.insert(new User("Alice"), (w) -> w.connect("tags", 1L, 999L)));
		assertThat(rows(db)).isEqualTo(before);
	}

	@DatabaseTest
	void connectOfAnUnknownBelongsToKeyRollsBackEverything(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = rows(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> users.update(insertRow(db, "nwt_users", "name", "Alice"),
					(w) -> w.create("posts", new Post("p")).connect("role", 999L)));
		assertThat(rows(db)).isEqualTo(before + 1);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts")).isZero();
	}

	@DatabaseTest
	void misuseFailsBeforeAnyStatement(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = insertRow(db, "nwt_users", "name", "Alice");
		this.statements.clear();
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.update(alice, (w) -> w.set("name", "x").connect("role", 1L, 2L)));
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(
				() -> users.insert(new User("Bob"), (w) -> w.create("posts", new Post("p")).disconnect("posts")));
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.insert(new User(null, "Bob", null, List.of(new Post("p")), null, null, null),
					(w) -> w.connect("role", 1L)));
		assertThat(this.statements.all()).isEmpty();
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_users")).isEqualTo(1);
	}

}
