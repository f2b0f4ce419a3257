package dev.relata.orm.boot.autoconfigure.observation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.User;
import dev.relata.orm.observation.RelationBatchSizeMetricsHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relata's meters with Spring Boot's metrics and observation auto-configurations, and
 * without them.
 */
class OrmMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmAutoConfiguration.class,
				OrmMetricsAutoConfiguration.class))
		.withUserConfiguration(BlogRelations.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.blog");

	private final ApplicationContextRunner withMetrics = this.runner
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

	@Test
	void relationLoadsAreTimedAndBatchesSummarized() {
		this.withMetrics.withPropertyValues("relata.orm.lazy.repeat-warning-threshold=2").run((context) -> {
			assertThat(context).hasSingleBean(RelationBatchSizeMetricsHandler.class);
			createBlog(context);
			OrmRepository<User> users = context.getBean(Orm.class).repository(User.class);
			List<User> loaded = users.query().orderBy("id").load("posts").many();
			assertThat(loaded).extracting((user) -> user.posts().size()).containsExactly(2, 1, 0);
			users.query().whereKey(1L).load("posts").one();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("orm.relation.load")
				.tags("orm.model", "User", "orm.relation", "posts", "orm.relation.kind", "hasMany", "orm.strategy",
						"batched", "orm.strategy.requested", "auto", "orm.strategy.reason", "unbounded-parent-set")
				.timer()
				.count()).isOne();
			assertThat(meters.get("orm.relation.load")
				.tags("orm.strategy", "join", "orm.strategy.requested", "auto", "orm.strategy.reason", "single-parent")
				.timer()
				.count()).isOne();
			assertThat(meters.get("orm.relation.batch.size")
				.tags("orm.model", "User", "orm.relation", "posts", "orm.strategy.reason", "unbounded-parent-set")
				.summary()
				.totalAmount()).isEqualTo(3.0);
			assertThat(meters.get("orm.query").tags("orm.model", "Post", "orm.operation", "select").timer().count())
				.isOne();
			assertThat(meters.get("orm.query").tags("orm.model", "User").timer().count()).isEqualTo(2);
			for (User user : loaded) {
				users.related(user, "posts", Post.class).many();
			}
			assertThat(meters.get("orm.relation.lazy.repeated")
				.tags("orm.model", "User", "orm.relation", "posts")
				.timer()
				.count()).isOne();
		});
	}

	@Test
	void noMeterIsTaggedWithSqlKeysOrValues() {
		this.withMetrics.run((context) -> {
			createBlog(context);
			context.getBean(Orm.class).repository(User.class).query().where("name", "Ada").load("posts").many();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.getMeters()).filteredOn((meter) -> meter.getId().getName().startsWith("orm."))
				.isNotEmpty()
				.allSatisfy((meter) -> assertThat(meter.getId().getTags())
					.allSatisfy((tag) -> assertThat(tag.getValue()).doesNotContain("SELECT", "Ada", "?")));
		});
	}

	@Test
	void withoutMicrometerCoreNothingIsRecordedAndLoadsWork() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(RelationBatchSizeMetricsHandler.class);
			createBlog(context);
			assertThat(context.getBean(Orm.class).repository(User.class).query().load("posts").many()).hasSize(3);
		});
	}

	@Test
	void withoutAMeterRegistryTheHandlerIsNotCreated() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(MeterRegistry.class)
			.doesNotHaveBean(RelationBatchSizeMetricsHandler.class));
	}

	@Test
	void anApplicationsHandlerReplacesRelatas() {
		this.withMetrics
			.withBean("myHandler", RelationBatchSizeMetricsHandler.class,
					() -> new RelationBatchSizeMetricsHandler(new SimpleMeterRegistry()))
			.run((context) -> assertThat(context).getBeanNames(RelationBatchSizeMetricsHandler.class)
				.containsExactly("myHandler"));
	}

	static void createBlog(AssertableApplicationContext context) throws SQLException {
		try (Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(20))");
			statement.execute("CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(20), role_id BIGINT)");
			statement.execute("CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(20), user_id BIGINT)");
			statement.execute("INSERT INTO users VALUES (1, 'Ada', NULL), (2, 'Grace', NULL), (3, 'Alan', NULL)");
			statement.execute("INSERT INTO posts VALUES (1, 'a1', 1), (2, 'a2', 1), (3, 'g1', 2)");
		}
	}

}
