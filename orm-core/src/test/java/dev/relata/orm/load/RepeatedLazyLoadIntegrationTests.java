package dev.relata.orm.load;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading one relation lazily many times in one transaction (or thread) warns once,
 * naming the relation and load(...), and records orm.relation.lazy.repeated.
 */
class RepeatedLazyLoadIntegrationTests {

	@Table("rl_users")
	record User(@Id Long id, String name, @Nullable List<Post> posts) {
	}

	@Table("rl_posts")
	record Post(@Id Long id, Long userId) {
	}

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private Orm orm(TestDatabase db, int threshold) {
		db.execute("DROP TABLE IF EXISTS rl_posts", "DROP TABLE IF EXISTS rl_users");
		db.execute("CREATE TABLE rl_users (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"CREATE TABLE rl_posts (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL)");
		for (int i = 1; i <= 12; i++) {
			db.execute("INSERT INTO rl_users VALUES (" + i + ", 'u" + i + "')",
					"INSERT INTO rl_posts VALUES (" + i + ", " + i + ")");
		}
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)))
			.build();
		return Orm.builder(db.dataSource(), schema)
			.observationRegistry(this.registry)
			.settings((s) -> s.lazyRepeatWarningThreshold(threshold))
			.build();
	}

	@DatabaseTest
	void warnsOncePerTransactionAtTheThreshold(TestDatabase db) {
		OrmRepository<User> users = orm(db, 10).repository(User.class);
		List<User> all = users.query().orderBy("id").many();
		ListAppender<ILoggingEvent> log = capture();
		try {
			new TransactionTemplate(new JdbcTransactionManager(db.dataSource())).executeWithoutResult((status) -> {
				for (User user : all.subList(0, 9)) {
					assertThat(users.related(user, "posts", Post.class).many()).hasSize(1);
				}
				assertThat(log.list).isEmpty();
				for (User user : all.subList(9, 12)) {
					users.related(user, "posts", Post.class).many();
				}
			});
			assertThat(log.list).hasSize(1);
			assertThat(log.list.get(0).getFormattedMessage()).contains("User.posts")
				.contains("10 times in one transaction")
				.contains("load(\"posts\")");
			assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(OrmObservations.LAZY_REPEATED, 1)
				.hasObservationWithNameEqualTo(OrmObservations.LAZY_REPEATED)
				.that()
				.hasLowCardinalityKeyValue("orm.model", "User")
				.hasLowCardinalityKeyValue("orm.relation", "posts");
			new TransactionTemplate(new JdbcTransactionManager(db.dataSource())).executeWithoutResult((status) -> {
				for (User user : all.subList(0, 9)) {
					users.related(user, "posts", Post.class).many();
				}
			});
			assertThat(log.list).as("a new transaction counts afresh").hasSize(1);
		}
		finally {
			release(log);
		}
	}

	@DatabaseTest
	void countsPerThreadOutsideTransactionsAndCanBeTurnedOff(TestDatabase db) throws Exception {
		OrmRepository<User> users = orm(db, 3).repository(User.class);
		List<User> all = users.query().orderBy("id").many();
		ListAppender<ILoggingEvent> log = capture();
		try {
			for (User user : all.subList(0, 5)) {
				users.related(user, "posts", Post.class).many();
			}
			assertThat(log.list).hasSize(1);
			assertThat(log.list.get(0).getFormattedMessage()).contains("3 times in one thread");
			Thread other = new Thread(() -> users.related(all.get(0), "posts", Post.class).many());
			other.start();
			other.join();
			assertThat(log.list).hasSize(1);
			OrmRepository<User> silent = orm(db, 0).repository(User.class);
			for (User user : all) {
				silent.related(user, "posts", Post.class).many();
			}
			assertThat(log.list).hasSize(1);
		}
		finally {
			release(log);
		}
	}

	private static ListAppender<ILoggingEvent> capture() {
		Logger logger = (Logger) LoggerFactory.getLogger("dev.relata.orm.load.RepeatedLazyLoadDetector");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		return appender;
	}

	private static void release(ListAppender<ILoggingEvent> appender) {
		((Logger) LoggerFactory.getLogger("dev.relata.orm.load.RepeatedLazyLoadDetector")).detachAppender(appender);
	}

}
