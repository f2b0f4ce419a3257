package com.example.blog;

import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import dev.relata.orm.boot.test.query.QueryRecorder;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code @OrmTest} puts in the context of the guide's application, on the embedded
 * database that replaces the application's.
 */
@OrmTest
class OrmTestSliceTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void theSliceHasARepositoryPerModelTheOrmAndAQueryRecorder() {
		for (Class<?> model : List.of(User.class, Post.class, Role.class)) {
			assertThat(
					this.context.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, model)))
				.as("repository of %s", model.getSimpleName())
				.hasSize(1);
		}
		assertThat(this.context.getBeanNamesForType(Orm.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(QueryRecorder.class)).containsExactly("relataQueryRecorder");
		assertThat(this.context.getBeanNamesForType(Flyway.class)).hasSize(1);
	}

	@Test
	void theApplicationsRelationsAreKept() {
		assertThat(this.context.containsBean("userRelations")).isTrue();
		assertThat(this.context.getBean(OrmSchema.class).relations(User.class)).extracting(Relation::name)
			.containsExactlyInAnyOrder("posts", "role");
	}

	@Test
	void controllersServicesAndTheWebLayerAreLeftOut() {
		assertThat(this.context.getBeanNamesForType(UserController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(UserService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DispatcherServlet.class)).isEmpty();
		assertThat(this.context).isNotInstanceOf(WebApplicationContext.class);
	}

	@Test
	void theApplicationsDataSourceIsReplacedByAnEmbeddedDatabase() {
		assertThat(this.context.getBean(DataSource.class)).isInstanceOf(EmbeddedDatabase.class);
	}

	@Test
	void eachTestRunsInATransactionThatIsRolledBack() {
		assertThat(TestTransaction.isActive()).isTrue();
		assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
	}

}
