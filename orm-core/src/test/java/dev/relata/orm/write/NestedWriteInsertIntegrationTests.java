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
import static dev.relata.orm.write.NestedWriteFixture.insertUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code insert(entity, w -> ...)}: each operation on each relation kind, the returned
 * root and the statements, checked with plain SQL.
 */
class NestedWriteInsertIntegrationTests {

	private final Statements statements = new Statements();

	private OrmRepository<User> users(TestDatabase db) {
		return NestedWriteFixture.orm(db, this.statements).repository(User.class);
	}

	@DatabaseTest
	void belongsToConnectSetsTheForeignKeyOfTheInsertedRow(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"), (w) -> w.connect("role", 2));
		assertThat(alice.roleId()).isEqualTo(2L);
		assertThat(count(db, "SELECT role_id FROM nwt_users WHERE id = ?", alice.id())).isEqualTo(2L);
	}

	@DatabaseTest
	void belongsToDisconnectInsertsANullForeignKey(TestDatabase db) {
		User alice = users(db).insert(new User("Alice", 1L), (w) -> w.disconnect("role"));
		assertThat(alice.roleId()).isNull();
		assertThat(db.jdbc().queryForList("SELECT role_id FROM nwt_users WHERE id = ?", Long.class, alice.id()))
			.containsExactly((Long) null);
	}

	@DatabaseTest
	void belongsToCreateInsertsTheTargetFirstAndPointsAtIt(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"), (w) -> w.create("role", new Role(null, "editor")));
		assertThat(alice.roleId()).isNotNull();
		assertThat(db.jdbc()
			.queryForObject("SELECT r.name FROM nwt_users u JOIN nwt_roles r ON r.id = u.role_id " + "WHERE u.id = ?",
					String.class, alice.id()))
			.isEqualTo("editor");
		List<ExecutedStatement> inserts = this.statements.all()
			.stream()
			.filter((s) -> s.sql().startsWith("INSERT"))
			.toList();
		assertThat(inserts).extracting(ExecutedStatement::model).containsExactly("Role", "User");
	}

	@DatabaseTest
	void hasOneConnectPointsTheExistingChildAtTheNewRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long profile = insertRow(db, "nwt_profiles", "bio", "loose");
		User alice = users.insert(new User("Alice"), (w) -> w.connect("profile", profile));
		assertThat(count(db, "SELECT user_id FROM nwt_profiles WHERE id = ?", profile)).isEqualTo(alice.id());
	}

	@DatabaseTest
	void hasOneDisconnectOnANewRowLeavesOtherRowsChildrenAlone(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long bob = insertUser(db, "Bob");
		long profile = insertRow(db, "nwt_profiles", "user_id, bio", bob, "Bob's");
		User alice = users.insert(new User("Alice"), (w) -> w.disconnect("profile", profile));
		assertThat(alice.id()).isNotNull();
		assertThat(count(db, "SELECT user_id FROM nwt_profiles WHERE id = ?", profile)).isEqualTo(bob);
	}

	@DatabaseTest
	void hasOneCreateInsertsTheChildWithTheNewKey(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.create("profile", new Profile(null, null, "Builder")));
		assertThat(db.jdbc().queryForObject("SELECT bio FROM nwt_profiles WHERE user_id = ?", String.class, alice.id()))
			.isEqualTo("Builder");
	}

	@DatabaseTest
	void hasManyConnectPointsEachChildAtTheNewRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long first = insertRow(db, "nwt_posts", "title", "one");
		long second = insertRow(db, "nwt_posts", "title", "two");
		long other = insertRow(db, "nwt_posts", "title", "three");
		User alice = users.insert(new User("Alice"), (w) -> w.connect("posts", List.of(first, second)));
		assertThat(db.jdbc()
			.queryForList("SELECT id FROM nwt_posts WHERE user_id = ? ORDER BY id", Long.class, alice.id()))
			.containsExactly(first, second);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts WHERE id = ? AND user_id IS NULL", other)).isEqualTo(1);
	}

	@DatabaseTest
	void hasManyDisconnectOnANewRowLeavesOtherRowsChildrenAlone(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long bob = insertUser(db, "Bob");
		long post = insertRow(db, "nwt_posts", "title, user_id", "Bob's", bob);
		users.insert(new User("Alice"), (w) -> w.disconnect("posts", post));
		assertThat(count(db, "SELECT user_id FROM nwt_posts WHERE id = ?", post)).isEqualTo(bob);
	}

	@DatabaseTest
	void hasManyCreateInsertsTheChildrenAfterTheRootInOneBatch(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.create("posts", new Post("one"))
					.create("posts", new Post("two"))
					.create("posts", new Post("three")));
		assertThat(db.jdbc()
			.queryForList("SELECT title FROM nwt_posts WHERE user_id = ? ORDER BY id", String.class, alice.id()))
			.containsExactly("one", "two", "three");
		assertThat(this.statements.all()).extracting(ExecutedStatement::model, ExecutedStatement::batchSize)
			.containsExactly(tuple("User", 1), tuple("Post", 3));
		assertThat(this.statements.all()).allMatch((s) -> s.sql().startsWith("INSERT"));
	}

	@DatabaseTest
	void manyToManyConnectInsertsPivotRowsOnce(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.connect("tags", 1L, 3L).connect("tags", List.of(3, 1)));
		assertThat(db.jdbc()
			.queryForList("SELECT tag_id FROM nwt_user_tags WHERE user_id = ? ORDER BY tag_id", Long.class, alice.id()))
			.containsExactly(1L, 3L);
	}

	@DatabaseTest
	void manyToManyDisconnectOnANewRowDeletesNothing(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long bob = insertUser(db, "Bob");
		db.jdbc().update("INSERT INTO nwt_user_tags (user_id, tag_id) VALUES (?, 1)", bob);
		User alice = users.insert(new User("Alice"), (w) -> w.connect("tags", 2L).disconnect("tags", 1L, 2L));
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_user_tags WHERE user_id = ?", bob)).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_user_tags WHERE user_id = ?", alice.id())).isZero();
	}

	@DatabaseTest
	void manyToManyCreateInsertsTheTargetsThenThePivotRows(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.create("tags", new Tag(null, "kotlin")).create("tags", new Tag(null, "scala")));
		assertThat(db.jdbc()
			.queryForList("SELECT t.name FROM nwt_user_tags ut JOIN nwt_tags t ON t.id = ut.tag_id "
					+ "WHERE ut.user_id = ? ORDER BY t.name", String.class, alice.id()))
			.containsExactly("kotlin", "scala");
		List<ExecutedStatement> tags = this.statements.all().stream().filter((s) -> s.model().equals("Tag")).toList();
		assertThat(tags).singleElement().satisfies((s) -> assertThat(s.batchSize()).isEqualTo(2));
	}

	@DatabaseTest
	void returnsTheRootWithItsKeyAndForeignKeysAndNullSlots(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.connect("role", 1L).create("posts", new Post("p")).connect("tags", 1L));
		assertThat(alice.id()).isEqualTo(count(db, "SELECT id FROM nwt_users WHERE name = 'Alice'"));
		assertThat(alice.name()).isEqualTo("Alice");
		assertThat(alice.roleId()).isEqualTo(1L);
		assertThat(alice.posts()).isNull();
		assertThat(alice.role()).isNull();
		assertThat(alice.profile()).isNull();
		assertThat(alice.tags()).isNull();
	}

	@DatabaseTest
	void runsTheApiExampleParentsFirstWithOneBatchPerTable(TestDatabase db) {
		User alice = users(db).insert(new User("Alice"),
				(w) -> w.connect("role", 1L)
					.create("profile", new Profile(null, null, "Builder"))
					.create("posts", new Post("First post"), (p) -> p.connect("tags", 1L, 2L))
					.create("posts", new Post("Second"), (p) -> p.create("tags", new Tag(null, "new"))));
		List<ExecutedStatement> inserts = this.statements.all()
			.stream()
			.filter((s) -> s.sql().startsWith("INSERT"))
			.toList();
		assertThat(inserts.subList(0, 3)).extracting(ExecutedStatement::model, ExecutedStatement::batchSize)
			.containsExactly(tuple("User", 1), tuple("Profile", 1), tuple("Post", 2));
		assertThat(db.jdbc()
			.queryForList("SELECT p.title, t.name FROM nwt_posts p JOIN nwt_post_tags pt ON "
					+ "pt.post_id = p.id JOIN nwt_tags t ON t.id = pt.tag_id WHERE p.user_id = ? ORDER BY p.id, t.id",
					alice.id()))
			.extracting((row) -> row.values().stream().map(String::valueOf).toList())
			.containsExactly(List.of("First post", "java"), List.of("First post", "sql"), List.of("Second", "new"));
		assertThat(db.jdbc().queryForObject("SELECT bio FROM nwt_profiles WHERE user_id = ?", String.class, alice.id()))
			.isEqualTo("Builder");
		assertThat(count(db, "SELECT role_id FROM nwt_users WHERE id = ?", alice.id())).isEqualTo(1L);
	}

}
