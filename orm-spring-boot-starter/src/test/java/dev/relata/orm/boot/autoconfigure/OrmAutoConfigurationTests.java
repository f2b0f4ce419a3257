package dev.relata.orm.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.OrmSettings;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.blog.Post;
import dev.relata.orm.boot.autoconfigure.blog.Role;
import dev.relata.orm.boot.autoconfigure.blog.User;
import dev.relata.orm.boot.autoconfigure.shop.Product;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.observation.DefaultQueryObservationConvention;
import dev.relata.orm.observation.QueryObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conditions and back-offs of {@link OrmAutoConfiguration}, on an embedded H2
 * database.
 */
class OrmAutoConfigurationTests {

	static final String BLOG = "relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.blog";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				OrmAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void registersTheSchemaTheOrmAndOneRepositoryPerModel() {
		this.runner.withPropertyValues(BLOG).withUserConfiguration(BlogRelations.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(OrmSchema.class).hasSingleBean(Orm.class);
			OrmSchema schema = context.getBean(OrmSchema.class);
			assertThat(schema.models()).extracting((model) -> model.type().getSimpleName())
				.containsExactly("Post", "Role", "User");
			assertThat(schema.relations(User.class)).extracting((relation) -> relation.name())
				.containsExactly("posts", "role");
			assertThat(context.getBeanNamesForType(OrmRepository.class)).containsExactlyInAnyOrder("postOrmRepository",
					"roleOrmRepository", "userOrmRepository");
			assertThat(context.getBean(Orm.class).schema()).isSameAs(schema);
		});
	}

	@Test
	void repositoriesAreInjectedByGenericTypeByNameAndThroughObjectProviders() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, RepositoryConsumer.class)
			.run((context) -> {
				RepositoryConsumer consumer = context.getBean(RepositoryConsumer.class);
				Orm orm = context.getBean(Orm.class);
				assertThat(consumer.users).isSameAs(orm.repository(User.class));
				assertThat(consumer.posts.getObject()).isSameAs(orm.repository(Post.class));
				assertThat(context.getBean("roleOrmRepository")).isSameAs(orm.repository(Role.class));
				assertThat(context
					.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, User.class)))
					.containsExactly("userOrmRepository");
			});
	}

	@Test
	void repositoryTypesAreKnownBeforeAnyBeanIsCreated() {
		List<String> seen = new ArrayList<>();
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean(BeanFactoryPostProcessor.class, () -> (beanFactory) -> {
				seen.addAll(List.of(beanFactory.getBeanNamesForType(
						ResolvableType.forClassWithGenerics(OrmRepository.class, User.class), true, false)));
				seen.add("orm created: " + beanFactory.containsSingleton("orm"));
			})
			.run((context) -> assertThat(seen).containsExactly("userOrmRepository", "orm created: false"));
	}

	@Test
	void aRepositoryTheApplicationDefinesWinsForItsModelOnly() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, OwnUserRepository.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context
					.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, User.class)))
					.containsExactly("myUsers");
				assertThat(context
					.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, Post.class)))
					.containsExactly("postOrmRepository");
			});
	}

	@Test
	void aBeanNameThatIsTakenGivesTheRepositoryItsQualifiedName() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean("userOrmRepository", String.class, () -> "something else")
			.run((context) -> assertThat(
					context.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, User.class)))
				.containsExactly(User.class.getName() + ".ormRepository"));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
			.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Orm.class)
				.doesNotHaveBean(OrmSchema.class)
				.doesNotHaveBean(OrmRepository.class));
	}

	@Test
	void backsOffWithTwoDataSourcesAndNoPrimary() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
			.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, TwoDataSources.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Orm.class)
				.doesNotHaveBean(OrmRepository.class));
	}

	@Test
	void usesThePrimaryOfTwoDataSources() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
			.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, TwoDataSources.class)
			.withBean("primaryDataSource", DataSource.class, () -> dataSource("primary"), (d) -> d.setPrimary(true))
			.run((context) -> assertThat(context).hasSingleBean(Orm.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesTheOrmOrTheSchema() {
		this.runner.withPropertyValues(BLOG).withUserConfiguration(BlogRelations.class, OwnOrm.class).run((context) -> {
			assertThat(context).hasSingleBean(Orm.class).doesNotHaveBean(OrmSchema.class);
			assertThat(context.getBean(Orm.class)).isSameAs(context.getBean(OwnOrm.class).orm);
			assertThat(context.getBean("userOrmRepository"))
				.isSameAs(context.getBean(OwnOrm.class).orm.repository(User.class));
		});
		this.runner.withPropertyValues(BLOG).withUserConfiguration(OwnSchema.class).run((context) -> {
			assertThat(context).hasSingleBean(OrmSchema.class);
			assertThat(context.getBean(Orm.class).schema()).isSameAs(context.getBean(OwnSchema.class).schema);
		});
	}

	@Test
	void propertiesBecomeTheOrmSettings() {
		this.runner
			.withPropertyValues(BLOG, "relata.orm.load.default-strategy=batched", "relata.orm.load.join-max-parents=3",
					"relata.orm.load.many-to-many-join-max-parents=4", "relata.orm.load.max-batch-keys=50",
					"relata.orm.load.consistency=snapshot", "relata.orm.lazy.repeat-warning-threshold=0",
					"relata.orm.statement-timeout=5s")
			.withUserConfiguration(BlogRelations.class)
			.run((context) -> {
				OrmSettings settings = context.getBean(Orm.class).settings();
				assertThat(settings.defaultStrategy()).isEqualTo(LoadStrategy.BATCHED);
				assertThat(settings.joinMaxParents()).isEqualTo(3);
				assertThat(settings.manyToManyJoinMaxParents()).isEqualTo(4);
				assertThat(settings.maxBatchKeys()).isEqualTo(50);
				assertThat(settings.consistency()).isEqualTo(LoadConsistency.SNAPSHOT);
				assertThat(settings.lazyRepeatWarningThreshold()).isZero();
				assertThat(settings.statementTimeout()).contains(Duration.ofSeconds(5));
			});
	}

	@Test
	void defaultSettingsAreRelatasDefaults() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.run((context) -> assertThat(context.getBean(Orm.class).settings()).isSameAs(OrmSettings.defaults()));
	}

	@Test
	void aBadSettingFailsStartupNamingIt() {
		this.runner.withPropertyValues(BLOG, "relata.orm.load.max-batch-keys=0")
			.withUserConfiguration(BlogRelations.class)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("maxBatchKeys"));
	}

	@Test
	void statementListenersAndCustomizersAreUsed() {
		List<String> statements = new ArrayList<>();
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean(StatementListener.class, () -> new StatementListener() {
				@Override
				public void beforeStatement(ExecutedStatement statement) {
					statements.add(statement.sql());
				}
			})
			.withBean(OrmBuilderCustomizer.class, () -> (builder) -> builder.dialect(Dialects.H2))
			.run((context) -> {
				createRoles(context);
				context.getBean(Orm.class).repository(Role.class).findById(1L);
				assertThat(statements).singleElement().asString().startsWith("SELECT");
				assertThat(context.getBean(Orm.class).dialect()).isSameAs(Dialects.H2);
			});
	}

	@Test
	void writesRunInTheApplicationsTransactionManager() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, RecordingTransactions.class)
			.run((context) -> {
				createRoles(context);
				RecordingTransactionManager transactions = context.getBean(RecordingTransactionManager.class);
				int before = transactions.began;
				context.getBean(Orm.class).repository(Role.class).insert(new Role(1L, "admin"));
				assertThat(transactions.began).isEqualTo(before + 1);
			});
	}

	@Test
	void aTransactionManagerOfAnotherDataSourceIsNeverUsed() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean("otherTransactionManager", PlatformTransactionManager.class,
					() -> new RecordingTransactionManager(dataSource("other")))
			.run((context) -> {
				createRoles(context);
				RecordingTransactionManager other = context.getBean(RecordingTransactionManager.class);
				context.getBean(Orm.class).repository(Role.class).insert(new Role(1L, "admin"));
				assertThat(other.began).isZero();
				assertThat(context.getBean(Orm.class).repository(Role.class).findById(1L)).isPresent();
			});
	}

	@Test
	void relationDefinitionsThatAreNotDefaultCandidatesStayOut() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean("archiveRelations", RelationDefinitions.class,
					() -> RelationDefinitions.of(Product.class, (r) -> r.belongsTo("owner", User.class, Product::id)),
					(definition) -> ((AbstractBeanDefinition) definition).setDefaultCandidate(false))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(OrmSchema.class));
	}

	@Test
	void theObservationRegistryAndConventionBeansAreUsed() {
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class)
			.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.withBean(QueryObservationConvention.class, () -> new DefaultQueryObservationConvention() {
				@Override
				public String getName() {
					return "blog.sql";
				}
			})
			.run((context) -> {
				createRoles(context);
				context.getBean(Orm.class).repository(Role.class).findById(1L);
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasNumberOfObservationsWithNameEqualTo("blog.sql", 1)
					.hasAnObservationWithAKeyValue("orm.model", "Role");
			});
	}

	@Test
	void withoutAnObservationRegistryNothingIsObservedAndNothingBreaks() {
		this.runner.withPropertyValues(BLOG).withUserConfiguration(BlogRelations.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ObservationRegistry.class);
			createRoles(context);
			assertThat(context.getBean(Orm.class).repository(Role.class).findById(1L)).isEmpty();
		});
	}

	@Test
	void ormModelScanNamesThePackagesAndThePropertyWinsOverIt() {
		this.runner.withUserConfiguration(BlogRelations.class, ScanShop.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("User is not a model of the schema");
		});
		this.runner.withUserConfiguration(ScanShop.class)
			.run((context) -> assertThat(context.getBean(OrmSchema.class).models())
				.extracting((model) -> model.type().getSimpleName())
				.containsExactly("Product"));
		this.runner.withPropertyValues(BLOG)
			.withUserConfiguration(BlogRelations.class, ScanShop.class)
			.run((context) -> assertThat(context.getBean(OrmSchema.class).models())
				.extracting((model) -> model.type().getSimpleName())
				.containsExactly("Post", "Role", "User"));
	}

	@Test
	void theAutoConfigurationPackagesAreScannedByDefault() {
		this.runner.withUserConfiguration(BlogApplication.class)
			.run((context) -> assertThat(context.getBean(OrmSchema.class).models())
				.extracting((model) -> model.type().getSimpleName())
				.containsExactly("Post", "Role", "User"));
	}

	@Test
	void twoApplicationsInOneJvmSeeOnlyTheirOwnModels() {
		this.runner.withPropertyValues(BLOG).withUserConfiguration(BlogRelations.class).run((blog) -> {
			this.runner.withPropertyValues("relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.shop")
				.run((shop) -> {
					assertThat(shop.getBean(OrmSchema.class).models())
						.extracting((model) -> model.type().getSimpleName())
						.containsExactly("Product");
					assertThat(shop.getBeanNamesForType(OrmRepository.class)).containsExactly("productOrmRepository");
				});
			assertThat(blog.getBean(OrmSchema.class).models()).extracting((model) -> model.type().getSimpleName())
				.containsExactly("Post", "Role", "User");
			assertThat(blog.getBean(OrmSchema.class).findModel(Product.class)).isEmpty();
		});
	}

	static void createRoles(AssertableApplicationContext context) throws SQLException {
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			connection.createStatement().execute("CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(20))");
		}
	}

	static DataSource dataSource(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	@Configuration(proxyBeanMethods = false)
	@OrmModelScan(basePackageClasses = Product.class)
	static class ScanShop {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = User.class)
	@Import(BlogRelations.class)
	static class BlogApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingTransactions {

		@Bean
		RecordingTransactionManager transactionManager(DataSource dataSource) {
			return new RecordingTransactionManager(dataSource);
		}

	}

	/**
	 * A JDBC transaction manager that counts the transactions it begins.
	 */
	static class RecordingTransactionManager extends JdbcTransactionManager {

		int began;

		RecordingTransactionManager(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.began++;
			super.doBegin(transaction, definition);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RepositoryConsumer {

		final OrmRepository<User> users;

		final ObjectProvider<OrmRepository<Post>> posts;

		RepositoryConsumer(OrmRepository<User> users, ObjectProvider<OrmRepository<Post>> posts) {
			this.users = users;
			this.posts = posts;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnUserRepository {

		@Bean
		OrmRepository<User> myUsers(Orm orm) {
			return orm.repository(User.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		DataSource firstDataSource() {
			return dataSource("first");
		}

		@Bean
		DataSource secondDataSource() {
			return dataSource("second");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnOrm {

		final Orm orm;

		OwnOrm(DataSource dataSource) {
			this.orm = Orm.create(dataSource,
					OrmSchema.builder()
						.models(User.class, Post.class, Role.class)
						.relations(new BlogRelations().userRelations())
						.build());
		}

		@Bean
		Orm myOrm() {
			return this.orm;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSchema {

		final OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class, Role.class)
			.relations(new BlogRelations().userRelations())
			.build();

		@Bean
		OrmSchema mySchema() {
			return this.schema;
		}

	}

}
