package dev.relata.orm.write;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.NestedWriteFixture.Post;
import dev.relata.orm.write.NestedWriteFixture.Profile;
import dev.relata.orm.write.NestedWriteFixture.Role;
import dev.relata.orm.write.NestedWriteFixture.Statements;
import dev.relata.orm.write.NestedWriteFixture.Tag;
import dev.relata.orm.write.NestedWriteFixture.User;

import static dev.relata.orm.write.NestedWriteFixture.count;
import static dev.relata.orm.write.NestedWriteFixture.insertRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code update(key, w -> ...)}: each operation on each relation kind on an existing row,
 * the row lock and the row returned, checked with plain SQL.
 */
class NestedWriteUpdateIntegrationTests {

	private final Statements statements = new Statements();

	private OrmRepository<User> users(TestDatabase db) {
		return NestedWriteFixture.orm(db, this.statements).repository(User.class);
	}

	private static long alice(TestDatabase db) {
		return insertRow(db, "nwt_users", "name, role_id", "Alice", 1L);
	}

	@DatabaseTest
	void belongsToConnectChangesTheForeignKey(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		User updated = users.update(alice, (w) -> w.connect("role", 2));
		assertThat(updated.roleId()).isEqualTo(2L);
		assertThat(count(db, "SELECT role_id FROM nwt_users WHERE id = ?", alice)).isEqualTo(2L);
	}

	@DatabaseTest
	void belongsToDisconnectSetsTheForeignKeyToNull(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		User updated = users.update(alice, (w) -> w.disconnect("role"));
		assertThat(updated.roleId()).isNull();
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_users WHERE id = ? AND role_id IS NULL", alice)).isEqualTo(1);
	}

	@DatabaseTest
	void belongsToCreateInsertsTheTargetAndPointsTheRowAtIt(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		User updated = users.update(alice, (w) -> w.create("role", new Role(null, "editor")).set("name", "Alice B."));
		assertThat(updated.name()).isEqualTo("Alice B.");
		assertThat(db.jdbc()
			.queryForObject("SELECT r.name FROM nwt_users u JOIN nwt_roles r ON r.id = u.role_id " + "WHERE u.id = ?",
					String.class, alice))
			.isEqualTo("editor");
		assertThat(updated.roleId()).isEqualTo(count(db, "SELECT id FROM nwt_roles WHERE name = 'editor'"));
	}

	@DatabaseTest
	void hasOneConnectPointsTheChildAtTheRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		long profile = insertRow(db, "nwt_profiles", "bio", "loose");
		users.update(alice, (w) -> w.connect("profile", profile));
		assertThat(count(db, "SELECT user_id FROM nwt_profiles WHERE id = ?", profile)).isEqualTo(alice);
	}

	@DatabaseTest
	void hasOneDisconnectSetsTheChildsForeignKeyToNull(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		long profile = insertRow(db, "nwt_profiles", "user_id, bio", alice, "mine");
		users.update(alice, (w) -> w.disconnect("profile", profile));
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_profiles WHERE id = ? AND user_id IS NULL", profile))
			.isEqualTo(1);
	}

	@DatabaseTest
	void hasOneCreateInsertsTheChildWithTheRowsKey(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		users.update(alice, (w) -> w.create("profile", new Profile(null, null, "Builder")));
		assertThat(db.jdbc().queryForObject("SELECT bio FROM nwt_profiles WHERE user_id = ?", String.class, alice))
			.isEqualTo("Builder");
	}

	@DatabaseTest
	void hasManyConnectPointsEachChildAtTheRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		long bob = insertRow(db, "nwt_users", "name", "Bob");
		long first = insertRow(db, "nwt_posts", "title", "one");
		long moved = insertRow(db, "nwt_posts", "title, user_id", "Bob's", bob);
		users.update(alice, (w) -> w.connect("posts", first, moved));
		assertThat(db.jdbc().queryForList("SELECT id FROM nwt_posts WHERE user_id = ? ORDER BY id", Long.class, alice))
			.containsExactly(first, moved);
	}

	@DatabaseTest
	void hasManyDisconnectUnlinksOnlyTheRowsOwnChildren(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		long bob = insertRow(db, "nwt_users", "name", "Bob");
		long mine = insertRow(db, "nwt_posts", "title, user_id", "mine", alice);
		long kept = insertRow(db, "nwt_posts", "title, user_id", "kept", alice);
		long bobs = insertRow(db, "nwt_posts", "title, user_id", "Bob's", bob);
		users.update(alice, (w) -> w.disconnect("posts", List.of(mine, bobs)));
		assertThat(db.jdbc().queryForList("SELECT id FROM nwt_posts WHERE user_id = ?", Long.class, alice))
			.containsExactly(kept);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts WHERE id = ? AND user_id IS NULL", mine)).isEqualTo(1);
		assertThat(count(db, "SELECT user_id FROM nwt_posts WHERE id = ?", bobs)).isEqualTo(bob);
	}

	@DatabaseTest
	void hasManyCreateInsertsTheChildrenInOneBatch(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		users.update(alice, (w) -> w.create("posts", new Post("one")).create("posts", new Post("two")));
		assertThat(db.jdbc()
			.queryForList("SELECT title FROM nwt_posts WHERE user_id = ? ORDER BY id", String.class, alice))
			.containsExactly("one", "two");
		List<ExecutedStatement> inserts = this.statements.all()
			.stream()
			.filter((s) -> s.sql().startsWith("INSERT"))
			.toList();
		assertThat(inserts).singleElement().satisfies((s) -> assertThat(s.batchSize()).isEqualTo(2));
	}

	@DatabaseTest
	void manyToManyConnectIsIdempotent(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id, added_by) VALUES (?, 1, 'seed')", alice);
		users.update(alice, (w) -> w.connect("tags", 1L, 2L));
		users.update(alice, (w) -> w.connect("tags", List.of(2)));
		assertThat(db.jdbc()
			.queryForList("SELECT tag_id FROM nwt_user_tags WHERE user_id = ? ORDER BY tag_id", Long.class, alice))
			.containsExactly(1L, 2L);
		assertThat(db.jdbc()
			.queryForObject("SELECT added_by FROM nwt_user_tags WHERE user_id = ? AND tag_id = 1", String.class, alice))
			.isEqualTo("seed");
	}

	@DatabaseTest
	void manyToManyDisconnectDeletesThePivotRows(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id) VALUES (?, 1)", alice);
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id) VALUES (?, 2)", alice);
		users.update(alice, (w) -> w.disconnect("tags", List.of(1L, 4L)));
		assertThat(db.jdbc().queryForList("SELECT tag_id FROM nwt_user_tags WHERE user_id = ?", Long.class, alice))
			.containsExactly(2L);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_tags")).isEqualTo(4);
	}

	@DatabaseTest
	void manyToManyCreateInsertsTheTargetAndThePivotRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		users.update(alice, (w) -> w.create("tags", new Tag(null, "kotlin")));
		assertThat(db.jdbc()
			.queryForList(
					"SELECT t.name FROM nwt_user_tags ut JOIN nwt_tags t ON t.id = ut.tag_id " + "WHERE ut.user_id = ?",
					String.class, alice))
			.containsExactly("kotlin");
	}

	@DatabaseTest
	void locksTheRowFirstAndReturnsItReadBack(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		User updated = users.update((int) alice, (w) -> w.set("name", "Alice B.").connect("role", 2L));
		List<ExecutedStatement> all = this.statements.all();
		assertThat(all.get(0).sql()).startsWith("SELECT").contains("FOR UPDATE");
		// then the connected role is checked to exist, before the row is written
		assertThat(all.get(1).sql()).startsWith("SELECT COUNT(*)");
		assertThat(all.get(2).sql()).startsWith("UPDATE");
		assertThat(all.get(2).binds()).contains("Alice B.", 2L, alice);
		assertThat(updated.id()).isEqualTo(alice);
		assertThat(updated.name()).isEqualTo("Alice B.");
		assertThat(updated.roleId()).isEqualTo(2L);
		assertThat(updated.posts()).isNull();
		assertThat(updated.role()).isNull();
		assertThat(db.jdbc().queryForObject("SELECT name FROM nwt_users WHERE id = ?", String.class, alice))
			.isEqualTo("Alice B.");
	}

	@DatabaseTest
	void runsTheApiExample(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = alice(db);
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id) VALUES (?, 4)", alice);
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id) VALUES (?, 1)", alice);
		users.update(alice,
				(w) -> w.set("name", "Alice B.")
					.connect("role", 2L)
					.disconnect("tags", List.of(4L))
					.create("posts", new Post("Second")));
		assertThat(db.jdbc().queryForMap("SELECT name, role_id FROM nwt_users WHERE id = ?", alice).values())
			.extracting(String::valueOf)
			.containsExactly("Alice B.", "2");
		assertThat(db.jdbc().queryForList("SELECT tag_id FROM nwt_user_tags WHERE user_id = ?", Long.class, alice))
			.containsExactly(1L);
		assertThat(db.jdbc().queryForList("SELECT title FROM nwt_posts WHERE user_id = ?", String.class, alice))
			.containsExactly("Second");
	}

}
