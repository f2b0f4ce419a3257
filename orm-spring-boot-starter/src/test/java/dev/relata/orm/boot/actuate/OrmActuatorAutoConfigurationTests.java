package dev.relata.orm.boot.actuate;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.actuate.OrmEndpointAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.actuate.OrmHealthContributorAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.Role;
import dev.relata.orm.boot.autoconfigure.blog.User;
import dev.relata.orm.schema.OrmSchema;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the {@code orm} endpoint and health contributor exist, and what they report.
 */
class OrmActuatorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmAutoConfiguration.class,
				OrmEndpointAutoConfiguration.class, OrmHealthContributorAutoConfiguration.class))
		.withUserConfiguration(BlogRelations.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.blog");

	@Test
	void theEndpointExistsOnlyWhenExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(OrmEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=orm")
			.run((context) -> assertThat(context).hasSingleBean(OrmEndpoint.class)
				.hasSingleBean(RelationLoadStatistics.class));
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=orm", "management.endpoint.orm.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(OrmEndpoint.class));
	}

	@Test
	void theEndpointDescribesModelsRelationsForeignKeysAndTheDiagram() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=orm").run((context) -> {
			OrmEndpoint.OrmDescriptor orm = context.getBean(OrmEndpoint.class).orm();
			assertThat(orm.models()).extracting(SchemaDescriptor.ModelDescriptor::name)
				.containsExactly("Post", "Role", "User");
			SchemaDescriptor.ModelDescriptor user = orm.models().get(2);
			assertThat(user.table()).isEqualTo("users");
			assertThat(user.keys()).containsExactly("id");
			assertThat(user.columns()).extracting(SchemaDescriptor.ColumnDescriptor::column)
				.containsExactly("id", "name", "role_id");
			assertThat(user.relations()).extracting(SchemaDescriptor.RelationDescriptor::name)
				.containsExactly("posts", "role");
			SchemaDescriptor.RelationDescriptor posts = user.relations().get(0);
			assertThat(posts.kind()).isEqualTo("hasMany");
			assertThat(posts.sourceKey()).isEqualTo("users.id");
			assertThat(posts.targetKey()).isEqualTo("posts.user_id");
			assertThat(posts.foreignKeys()).singleElement().satisfies((fk) -> {
				assertThat(fk.constraint()).isEqualTo("fk_posts_user_id");
				assertThat(fk.onDelete()).isEqualTo("CASCADE");
				assertThat(fk.onUpdate()).isEqualTo("NO_ACTION");
			});
			assertThat(orm.erDiagram()).startsWith("erDiagram\n").contains("    User ||--o{ Post : \"posts\"");
			assertThat(context.getBean(OrmEndpoint.class).part(OrmEndpoint.ER_DIAGRAM)).isEqualTo(orm.erDiagram());
			assertThat(context.getBean(OrmEndpoint.class).part("nothing")).isNull();
		});
	}

	@Test
	void healthIsUpWithTheSchemaSize() {
		this.runner.run((context) -> {
			Health health = context.getBean("ormHealthIndicator", HealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("models", 3).containsEntry("relations", 2);
		});
		this.runner.withPropertyValues("management.health.orm.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OrmHealthIndicator.class));
	}

	@Test
	void healthIsDownWhenTheDatabaseDoesNotAnswer() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
					"spring.datasource.hikari.connection-timeout=250",
					"spring.datasource.hikari.initialization-fail-timeout=-1")
			.run((context) -> {
				Health health = context.getBean("ormHealthIndicator", HealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void twoDataSourcesAndAnOrmBuiltByHandStartWithoutTheHealthContributor() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class, OrmEndpointAutoConfiguration.class,
					OrmHealthContributorAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=orm")
			.withBean("first", DataSource.class, () -> h2("first"))
			.withBean("second", DataSource.class, () -> h2("second"))
			.withBean(Orm.class,
					() -> Orm.create(h2("first"),
							OrmSchema.builder()
								.models(User.class, Post.class, Role.class)
								.relations(new BlogRelations().userRelations())
								.build()))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(OrmEndpoint.class)
				.doesNotHaveBean(OrmHealthIndicator.class));
	}

	private static DataSource h2(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	@Test
	void withoutTheActuatorNeitherExists() {
		this.runner
			.withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class, HealthIndicator.class))
			.withPropertyValues("management.endpoints.web.exposure.include=orm")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OrmEndpoint.class)
				.doesNotHaveBean(OrmHealthIndicator.class));
	}

}
