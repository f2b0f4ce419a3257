package dev.relata.orm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Integration tests for the {@link Orm} itself: no connection at creation, dialect
 * detection, the row mapper for hand-written SQL, statement listeners and SQL logging.
 */
class OrmIntegrationTests {

	enum Status {

		ACTIVE, BLOCKED

	}

	@Table("oi_account")
	record Account(@Id Long id, String displayName, Status status, Boolean active, Instant createdAt) {
	}

	private static final Instant CREATED = Instant.parse("2024-05-01T10:15:30.123456Z");

	private static OrmSchema schema(TestDatabase db) {
		db.recreate("oi_account",
				"CREATE TABLE oi_account (id " + db.identity() + ", display_name VARCHAR(50), "
						+ "status VARCHAR(20), active " + db.booleanType() + ", created_at "
						+ db.timestampWithTimeZone() + ")");
		return OrmSchema.builder().models(Account.class).build();
	}

	@DatabaseTest
	void createOpensNoConnectionUntilFirstUse(TestDatabase db) {
		OrmSchema schema = schema(db);
		CountingDataSource dataSource = new CountingDataSource(db.dataSource());
		Orm orm = Orm.create(dataSource, schema);
		OrmRepository<Account> accounts = orm.repository(Account.class);
		accounts.query().where("displayName", "Ada");
		orm.rowMapper(Account.class);
		assertThat(dataSource.connections).hasValue(0);
		assertThat(accounts.query().count()).isZero();
		assertThat(dataSource.connections).hasPositiveValue();
	}

	@DatabaseTest
	void detectsTheDialectOnFirstUse(TestDatabase db) {
		CountingDataSource dataSource = new CountingDataSource(db.dataSource());
		Orm orm = Orm.create(dataSource, schema(db));
		assertThat(dataSource.connections).hasValue(0);
		assertThat(orm.dialect().name()).isEqualTo(switch (db.kind()) {
			case POSTGRESQL -> "PostgreSQL";
			case MARIADB -> "MariaDB";
			case H2 -> "H2";
		});
		assertThat(dataSource.connections).hasValue(1);
		assertThat(orm.dialect()).isSameAs(orm.dialect());
		assertThat(dataSource.connections).hasValue(1);
	}

	@DatabaseTest
	void usesAnExplicitDialect(TestDatabase db) {
		Dialect dialect = switch (db.kind()) {
			case POSTGRESQL -> Dialects.POSTGRESQL;
			case MARIADB -> Dialects.MARIADB;
			case H2 -> Dialects.H2;
		};
		Orm orm = Orm.builder(db.dataSource(), schema(db)).dialect(dialect).build();
		assertThat(orm.dialect()).isSameAs(dialect);
		OrmRepository<Account> accounts = orm.repository(Account.class);
		Account saved = accounts.insert(new Account(null, "Ada", Status.ACTIVE, true, CREATED));
		assertThat(accounts.findById(saved.id())).contains(saved);
	}

	@DatabaseTest
	void rowMapperMapsHandWrittenSqlByLabelWithConversions(TestDatabase db) {
		Orm orm = Orm.create(db.dataSource(), schema(db));
		Account ada = orm.repository(Account.class).insert(new Account(null, "Ada", Status.BLOCKED, false, CREATED));
		JdbcClient client = JdbcClient.create(db.dataSource());
		List<Account> plain = client.sql("SELECT id, display_name, status, active, created_at FROM oi_account")
			.query(orm.rowMapper(Account.class))
			.list();
		assertThat(plain).containsExactly(ada);
		List<Account> aliased = client
			.sql("SELECT a.created_at AS created_at, a.display_name AS displayName, a.status AS status, "
					+ "a.id + 100 AS id, 'ignored' AS extra FROM oi_account a WHERE a.id = ?")
			.param(ada.id())
			.query(orm.rowMapper(Account.class))
			.list();
		assertThat(aliased).containsExactly(new Account(ada.id() + 100, "Ada", Status.BLOCKED, null, CREATED));
	}

	@DatabaseTest
	void statementListenerSeesEveryStatementWithModelOperationAndBinds(TestDatabase db) {
		List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
		Orm orm = Orm.builder(db.dataSource(), schema(db)).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				statements.add(statement);
			}
		}).build();
		OrmRepository<Account> accounts = orm.repository(Account.class);
		Account ada = accounts.insert(new Account(99L, "Ada", Status.ACTIVE, true, CREATED));
		accounts.findById(99L);
		accounts.query().where("status", Status.ACTIVE).many();
		accounts.update(ada);
		accounts.deleteById(99L);
		assertThat(statements).extracting(ExecutedStatement::model, ExecutedStatement::operation)
			.containsExactly(tuple("Account", "insert"), tuple("Account", "select"), tuple("Account", "select"),
					tuple("Account", "update"), tuple("Account", "delete"));
		assertThat(statements.get(0).binds()).containsExactly(99L, "Ada", Status.ACTIVE, true, CREATED);
		assertThat(statements.get(1).binds()).containsExactly(99L);
		assertThat(statements.get(2).binds()).containsExactly(Status.ACTIVE);
		assertThat(statements.get(4).binds()).containsExactly(99L);
		assertThat(statements).extracting(ExecutedStatement::sql)
			.satisfiesExactly((sql) -> assertThat(sql).startsWith("INSERT"),
					(sql) -> assertThat(sql).startsWith("SELECT"), (sql) -> assertThat(sql).startsWith("SELECT"),
					(sql) -> assertThat(sql).startsWith("UPDATE"), (sql) -> assertThat(sql).startsWith("DELETE"));
	}

	@DatabaseTest
	void logsEveryStatementAndItsBindsAtDebug(TestDatabase db) {
		Orm orm = Orm.create(db.dataSource(), schema(db));
		OrmRepository<Account> accounts = orm.repository(Account.class);
		Logger logger = (Logger) LoggerFactory.getLogger("dev.relata.orm.sql");
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try {
			accounts.insert(new Account(7L, "Grace", Status.ACTIVE, true, CREATED));
			accounts.query().where("displayName", "Grace").many();
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}
		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(
					(message) -> assertThat(message).contains("INSERT INTO")
						.containsIgnoringCase("oi_account")
						.contains("binds [7, Grace, ACTIVE"),
					(message) -> assertThat(message).contains("SELECT")
						.containsIgnoringCase("display_name")
						.contains("binds [Grace]"));
		assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG);
	}

	/**
	 * Counts the connections asked for.
	 */
	static final class CountingDataSource extends DelegatingDataSource {

		final AtomicInteger connections = new AtomicInteger();

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection(username, password);
		}

	}

}
