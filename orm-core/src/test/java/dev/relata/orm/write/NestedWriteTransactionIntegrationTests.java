package dev.relata.orm.write;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.NestedWriteFixture.Post;
import dev.relata.orm.write.NestedWriteFixture.Profile;
import dev.relata.orm.write.NestedWriteFixture.Tag;
import dev.relata.orm.write.NestedWriteFixture.User;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.relata.orm.write.NestedWriteFixture.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A nested write is one transaction: a failure half-way leaves no row, alone or inside a
 * caller's transaction that catches the exception and commits.
 */
class NestedWriteTransactionIntegrationTests {

	private JdbcTransactionManager transactionManager;

	private OrmRepository<User> users(TestDatabase db) {
		NestedWriteFixture.createTables(db);
		this.transactionManager = new JdbcTransactionManager(db.dataSource());
		return NestedWriteFixture.builder(db)
			.transactionManager(this.transactionManager)
			.build()
			.repository(User.class);
	}

	private static long written(TestDatabase db) {
		return count(db,
				"SELECT (SELECT COUNT(*) FROM nwt_users) + (SELECT COUNT(*) FROM nwt_posts) "
						+ "+ (SELECT COUNT(*) FROM nwt_profiles) + (SELECT COUNT(*) FROM nwt_user_tags) "
						+ "+ (SELECT COUNT(*) FROM nwt_post_tags) + (SELECT COUNT(*) FROM nwt_roles) "
						+ "+ (SELECT COUNT(*) FROM nwt_tags)");
	}

	private static User failingInsert(OrmRepository<User> users) {
		return users.insert(new User("Alice"),
				(w) -> w.create("profile", new Profile(null, null, "bio"))
					.create("posts", new Post("first"), (p) -> p.connect("tags", 1L))
					.create("tags", new Tag(null, "kotlin"))
					.create("tags", new Tag(null, "java")));
	}

	@DatabaseTest
	void aUniqueViolationHalfWayLeavesNoRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> failingInsert(users));
		assertThat(written(db)).isEqualTo(before);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_tags WHERE name = 'kotlin'")).isZero();
	}

	@DatabaseTest
	void aNotNullViolationInALaterCreatedChildLeavesNoRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> users.insert(new User("Alice"),
					(w) -> w.connect("role", 1L)
						.create("posts", new Post("first"))
						.create("posts", new Post("second"))
						.create("profile", new Profile(null, null, null))));
		assertThat(written(db)).isEqualTo(before);
	}

	@DatabaseTest
	void aNullInANotNullPropertyOfTheSecondCreatedChildLeavesNoRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.insert(new User("Alice"),
					(w) -> w.connect("role", 1L)
						.create("posts", new Post("first"))
						.create("posts", new Post(null, null, null, null, null))))
			.withMessageContaining("Post.title is NOT NULL");
		assertThat(written(db)).isEqualTo(before);
	}

	@DatabaseTest
	void aFailingUpdateLeavesTheRowAsItWas(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long alice = NestedWriteFixture.insertRow(db, "nwt_users", "name, role_id", "Alice", 1L);
		long before = written(db);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> users.update(alice,
				(w) -> w.set("name", "Alice B.").connect("role", 2L).connect("tags", 1L).connect("posts", 999L)));
		assertThat(written(db)).isEqualTo(before);
		assertThat(db.jdbc().queryForMap("SELECT name, role_id FROM nwt_users WHERE id = ?", alice).values())
			.extracting(String::valueOf)
			.containsExactly("Alice", "1");
	}

	@DatabaseTest
	void aCallersTransactionThatCatchesTheFailureCannotCommitAnyRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				db.jdbc().update("INSERT INTO nwt_roles (name) VALUES ('caller')");
				users.insert(new User("Bob"), (w) -> w.create("posts", new Post("kept?")));
				assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> failingInsert(users));
			}));
		assertThat(written(db)).isEqualTo(before);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_roles WHERE name = 'caller'")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_users")).isZero();
	}

	@DatabaseTest
	void aCallersTransactionThatCatchesAMissingRowCannotCommit(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				users.insert(new User("Carol"), (w) -> w.connect("tags", List.of(1L, 2L)));
				assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
					.isThrownBy(() -> users.update(404L, (w) -> w.set("name", "x")));
			}));
		assertThat(written(db)).isEqualTo(before);
	}

	@DatabaseTest
	void aCallersTransactionThatCatchesAFailedPivotOperationCannotCommit(TestDatabase db) {
		OrmRepository<User> users = users(db);
		long before = written(db);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				User dave = users.insert(new User("Dave"));
				var tags = users.related(dave, "tags", Tag.class);
				tags.attach(1L);
				assertThatExceptionOfType(DataIntegrityViolationException.class)
					.isThrownBy(() -> tags.sync(List.of(2L, 999L)));
			}));
		assertThat(written(db)).isEqualTo(before);
	}

	@DatabaseTest
	void aCallersTransactionCommitsNestedWritesThatSucceeded(TestDatabase db) {
		OrmRepository<User> users = users(db);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		User erin = transaction.execute((status) -> {
			db.jdbc().update("INSERT INTO nwt_roles (name) VALUES ('caller')");
			return users.insert(new User("Erin"), (w) -> w.create("posts", new Post("p")).connect("tags", 3L));
		});
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_roles WHERE name = 'caller'")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM nwt_posts WHERE user_id = ?", erin.id())).isEqualTo(1);
		assertThat(count(db, "SELECT tag_id FROM nwt_user_tags WHERE user_id = ?", erin.id())).isEqualTo(3);
	}

}
