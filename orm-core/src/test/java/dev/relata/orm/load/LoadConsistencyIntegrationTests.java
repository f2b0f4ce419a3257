package dev.relata.orm.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for {@link LoadConsistency}: a SNAPSHOT load of several statements
 * does not see a write committed between them, NONE does, and a caller's transaction is
 * left alone.
 */
class LoadConsistencyIntegrationTests {

	@Table("lc_users")
	record User(@Id Long id, String name, @Nullable List<Post> posts) {
	}

	@Table("lc_posts")
	record Post(@Id Long id, String title, Long userId) {
	}

	/**
	 * What a listener saw of the transaction during one statement.
	 */
	record Seen(String model, boolean active, boolean readOnly, @Nullable Integer isolation, boolean connectionReadOnly,
			int connectionIsolation) {
	}

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private OrmRepository<User> users(TestDatabase db, LoadConsistency consistency, @Nullable Runnable afterRoot) {
		db.recreate("lc_posts",
				"CREATE TABLE lc_posts (id BIGINT PRIMARY KEY, title VARCHAR(50) NOT NULL, user_id BIGINT NOT NULL)");
		db.recreate("lc_users", "CREATE TABLE lc_users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO lc_users VALUES (1, 'Ada'), (2, 'Grace')",
				"INSERT INTO lc_posts VALUES (1, 'a1', 1), (2, 'a2', 1), (3, 'g1', 2)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)))
			.build();
		DataSource dataSource = db.dataSource();
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				LoadConsistencyIntegrationTests.this.seen.add(seen(dataSource, statement));
			}

			@Override
			public void afterStatement(ExecutedStatement statement, @Nullable RuntimeException failure) {
				if (afterRoot != null && statement.model().equals("User")) {
					afterRoot.run();
				}
			}
		};
		return Orm.builder(dataSource, schema)
			.settings((s) -> s.consistency(consistency))
			.statementListener(listener)
			.build()
			.repository(User.class);
	}

	private static Seen seen(DataSource dataSource, ExecutedStatement statement) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new Seen(statement.model(), TransactionSynchronizationManager.isActualTransactionActive(),
					TransactionSynchronizationManager.isCurrentTransactionReadOnly(),
					TransactionSynchronizationManager.getCurrentTransactionIsolationLevel(), connection.isReadOnly(),
					connection.getTransactionIsolation());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Commits a new post of Ada and renames Grace's post on a connection of its own
	 * (auto-commit), not the one bound to the load's transaction. Neither write touches a
	 * row the load has locked: the readers take no locks on any of the databases (H2 2.x
	 * MVStore reads are lock-free too), so the writer never waits for the load.
	 */
	private static Runnable concurrentWrite(TestDatabase db) {
		return () -> {
			try (Connection other = db.dataSource().getConnection(); Statement statement = other.createStatement()) {
				other.setAutoCommit(true);
				statement.executeUpdate("INSERT INTO lc_posts VALUES (4, 'a3', 1)");
				statement.executeUpdate("UPDATE lc_posts SET title = 'g1-renamed' WHERE id = 3");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private static String titles(List<User> users) {
		return users.stream().map((u) -> u.posts().stream().map(Post::title).toList().toString()).toList().toString();
	}

	@DatabaseTest
	void snapshotLoadDoesNotSeeAWriteCommittedBetweenItsStatements(TestDatabase db) {
		OrmRepository<User> users = users(db, LoadConsistency.SNAPSHOT, concurrentWrite(db));
		List<User> loaded = users.query().orderBy("id").load("posts", LoadOptions.batched()).many();
		assertThat(this.seen).extracting(Seen::model).containsExactly("User", "Post");
		assertThat(titles(loaded)).isEqualTo("[[a1, a2], [g1]]");
		assertThat(db.jdbc().queryForList("SELECT title FROM lc_posts ORDER BY id", String.class))
			.as("the concurrent write was committed")
			.containsExactly("a1", "a2", "g1-renamed", "a3");
	}

	@DatabaseTest
	void loadWithoutConsistencySeesAWriteCommittedBetweenItsStatements(TestDatabase db) {
		OrmRepository<User> users = users(db, LoadConsistency.NONE, concurrentWrite(db));
		List<User> loaded = users.query().orderBy("id").load("posts", LoadOptions.batched()).many();
		assertThat(titles(loaded)).isEqualTo("[[a1, a2, a3], [g1-renamed]]");
		assertThat(this.seen).allSatisfy((s) -> assertThat(s.active()).isFalse());
		assertThat(users.query().load("posts", LoadOptions.batched()).explain().consistency()).startsWith("none:");
	}

	@DatabaseTest
	void snapshotLoadRunsItsStatementsInOneReadOnlyRepeatableReadTransaction(TestDatabase db) {
		OrmRepository<User> users = users(db, LoadConsistency.SNAPSHOT, null);
		// H2 snapshots a table under REPEATABLE READ only when the transaction first
		// reads
		// it (the posts of a batched load would be read after a concurrent commit), so
		// Relata uses SERIALIZABLE there, which snapshots every table at the first
		// statement
		boolean h2 = db.kind() == DatabaseKind.H2;
		int isolation = h2 ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ;
		assertThat(users.query().load("posts", LoadOptions.batched()).explain().consistency())
			.isEqualTo("snapshot: the statements run in one read-only " + (h2 ? "SERIALIZABLE" : "REPEATABLE READ")
					+ " transaction");
		List<User> loaded = users.query().orderBy("id").load("posts", LoadOptions.batched()).many();
		assertThat(titles(loaded)).isEqualTo("[[a1, a2], [g1]]");
		assertThat(this.seen).hasSize(2).allSatisfy((s) -> {
			assertThat(s.active()).isTrue();
			assertThat(s.readOnly()).isTrue();
			assertThat(s.isolation()).isEqualTo(isolation);
			assertThat(s.connectionIsolation()).isEqualTo(isolation);
			if (db.kind() != DatabaseKind.H2) {
				// H2's Connection.isReadOnly() tells whether the database is read-only,
				// not the flag set by setReadOnly(true)
				assertThat(s.connectionReadOnly()).isTrue();
			}
		});
		this.seen.clear();
		users.query().orderBy("id").many();
		assertThat(this.seen).singleElement().satisfies((s) -> {
			assertThat(s.active()).isFalse();
			assertThat(s.connectionReadOnly()).isFalse();
		});
	}

	@DatabaseTest
	void snapshotLoadOfOneStatementRunsNoTransaction(TestDatabase db) {
		OrmRepository<User> users = users(db, LoadConsistency.SNAPSHOT, null);
		assertThat(users.query().load("posts", LoadOptions.join()).explain().consistency())
			.isEqualTo("snapshot: one statement, no transaction needed");
		List<User> loaded = users.query().orderBy("id").load("posts", LoadOptions.join()).many();
		assertThat(titles(loaded)).isEqualTo("[[a1, a2], [g1]]");
		assertThat(this.seen).singleElement().satisfies((s) -> {
			assertThat(s.model()).isEqualTo("User");
			assertThat(s.active()).isFalse();
			assertThat(s.readOnly()).isFalse();
			assertThat(s.isolation()).isNull();
		});
	}

	@DatabaseTest
	void snapshotLoadInsideACallersTransactionUsesThatTransaction(TestDatabase db) {
		OrmRepository<User> users = users(db, LoadConsistency.SNAPSHOT, concurrentWrite(db));
		TransactionTemplate caller = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		caller.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		List<User> loaded = caller.execute((status) -> {
			assertThat(users.query().load("posts", LoadOptions.batched()).explain().consistency())
				.isEqualTo("snapshot: inside the caller's transaction, whose isolation applies");
			return users.query().orderBy("id").load("posts", LoadOptions.batched()).many();
		});
		// the caller's READ COMMITTED applies: the second statement sees the write
		assertThat(titles(loaded)).isEqualTo("[[a1, a2, a3], [g1-renamed]]");
		assertThat(this.seen).hasSize(2).allSatisfy((s) -> {
			assertThat(s.active()).isTrue();
			assertThat(s.readOnly()).isFalse();
			assertThat(s.isolation()).isEqualTo(TransactionDefinition.ISOLATION_READ_COMMITTED);
			assertThat(s.connectionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
			assertThat(s.connectionReadOnly()).isFalse();
		});
	}

}
