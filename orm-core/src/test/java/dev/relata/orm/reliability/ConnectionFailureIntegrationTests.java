package dev.relata.orm.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.reliability.ReliabilityFixture.Group;
import dev.relata.orm.reliability.ReliabilityFixture.Item;
import dev.relata.orm.reliability.ReliabilityFixture.Owner;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Connections that fail under Relata: a rollback that fails after a failed write, and a
 * connection killed from a second connection in the middle of a load (with and without
 * {@code SNAPSHOT}) or of a nested write. The caller gets a {@link DataAccessException}
 * with the real cause, nothing half-done, and the pool serves the next call.
 */
class ConnectionFailureIntegrationTests {

	private ReliabilityFixture fixture;

	@DatabaseTest
	void aFailedRollbackIsSuppressedOntoTheWritesOwnFailure(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		Orm orm = this.fixture.orm(failingRollbacks(db.dataSource()));
		Throwable thrown = catchThrowable(
				() -> orm.repository(Owner.class).insertAll(List.of(new Owner(1L, "Again", null))));
		assertThat(thrown).isInstanceOf(DuplicateKeyException.class);
		assertThat(thrown.getSuppressed()).singleElement()
			.satisfies((rollback) -> assertThat(rollback).hasRootCauseMessage("rollback failed"));
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
	}

	@DatabaseTest(exclude = DatabaseKind.H2)
	void aConnectionKilledMidLoadFailsWithItsCauseAndThePoolRecovers(TestDatabase db) throws Exception {
		for (LoadConsistency consistency : LoadConsistency.values()) {
			this.fixture = new ReliabilityFixture(db);
			CurrentConnection current = new CurrentConnection(db.dataSource());
			Orm orm = Orm.builder(current.dataSource(), ReliabilityFixture.schema())
				.settings((s) -> s.consistency(consistency))
				.statementListener(killing(db, current, 2))
				.build();
			OrmRepository<Group> groups = orm.repository(Group.class);
			Throwable thrown = catchThrowable(
					() -> groups.query().load("owners", LoadOptions.batched()).orderBy("id").many());
			assertKilled(thrown, consistency.name());
			List<Group> again = groups.query().load("owners", LoadOptions.batched()).orderBy("id").many();
			assertThat(again).extracting((group) -> group.owners().size()).containsExactly(1, 0);
		}
	}

	@DatabaseTest(exclude = DatabaseKind.H2)
	void aConnectionKilledMidWriteFailsWithItsCauseWritesNothingAndThePoolRecovers(TestDatabase db) throws Exception {
		this.fixture = new ReliabilityFixture(db);
		CurrentConnection current = new CurrentConnection(db.dataSource());
		Orm orm = Orm.builder(current.dataSource(), ReliabilityFixture.schema())
			.statementListener(killing(db, current, 2))
			.build();
		OrmRepository<Owner> owners = orm.repository(Owner.class);
		Throwable thrown = catchThrowable(() -> owners.insert(new Owner(null, "Linus", null),
				(w) -> w.create("items", new Item(null, "i3", null)).connect("tags", 1L)));
		assertKilled(thrown, "nested write");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_items")).isEqualTo(2);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isZero();
		assertThat(owners.insert(new Owner(null, "Linus", null)).id()).isNotNull();
	}

	private static void assertKilled(Throwable thrown, String what) {
		assertThat(thrown).as(what)
			.isInstanceOf(DataAccessException.class)
			.isNotInstanceOf(TransactionSystemException.class)
			.hasMessageStartingWith("Relata ")
			.hasRootCauseInstanceOf(SQLException.class);
	}

	/**
	 * A listener that, before the given statement of a call, kills the connection that
	 * statement is about to run on, from a second connection.
	 */
	private static StatementListener killing(TestDatabase db, CurrentConnection current, int statement) {
		AtomicInteger seen = new AtomicInteger();
		return new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement executed) {
				if (seen.incrementAndGet() == statement) {
					current.kill(db);
				}
			}
		};
	}

	static void kill(TestDatabase db, Connection victim) {
		boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
		try (Statement statement = victim.createStatement();
				ResultSet rs = statement
					.executeQuery(postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
			rs.next();
			long id = rs.getLong(1);
			try (Connection killer = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
					Statement kill = killer.createStatement()) {
				if (postgres) {
					kill.executeQuery("SELECT pg_terminate_backend(" + id + ")").close();
				}
				else {
					kill.execute("KILL " + id);
				}
			}
			// wait until the server has closed it
			for (int i = 0; i < 50 && victim.isValid(1); i++) {
				Thread.sleep(20);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A data source that remembers the connection it last handed out on each thread.
	 */
	static final class CurrentConnection {

		private final DataSource target;

		private final ThreadLocal<Connection> current = new ThreadLocal<>();

		private volatile TestDatabase killNext;

		CurrentConnection(DataSource target) {
			this.target = target;
		}

		/**
		 * Kills the connection this thread holds or, when it holds none (each statement
		 * of a load outside a transaction takes its own), the next one it takes.
		 */
		void kill(TestDatabase db) {
			Connection connection = this.current.get();
			try {
				if (connection != null && !connection.isClosed()) {
					ConnectionFailureIntegrationTests.kill(db, connection);
				}
				else {
					this.killNext = db;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		DataSource dataSource() {
			return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(this.target, method, args);
						if (result instanceof Connection connection) {
							this.current.set(connection);
							TestDatabase db = this.killNext;
							if (db != null) {
								this.killNext = null;
								ConnectionFailureIntegrationTests.kill(db, connection);
							}
						}
						return result;
					});
		}

	}

	/**
	 * A data source whose connections roll back, then report that the rollback failed.
	 */
	static DataSource failingRollbacks(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(ConnectionFailureIntegrationTests.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(ConnectionFailureIntegrationTests.class.getClassLoader(),
								new Class<?>[] { Connection.class }, (p, m, a) -> {
									Object value = invoke(connection, m, a);
									if (m.getName().equals("rollback") && (a == null || a.length == 0)) {
										throw new SQLException("rollback failed", "08003");
									}
									return value;
								});
					}
					return result;
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
