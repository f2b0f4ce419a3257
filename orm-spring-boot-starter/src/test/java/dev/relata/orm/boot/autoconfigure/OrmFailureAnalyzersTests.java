package dev.relata.orm.boot.autoconfigure;

import java.util.Map;

import dev.relata.orm.boot.autoconfigure.broken.Comment;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.relation.RelationDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The failure analyses of a start without models and of a schema that does not validate:
 * their description and action text, and their registration.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrmFailureAnalyzersTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void noModelsSaysWhereRelataLookedAndHowToPointItElsewhere() {
		this.runner.withPropertyValues("relata.orm.model-packages=com.example.nothing.here")
			.withUserConfiguration(BlogRelations.class)
			.run((context) -> {
				FailureAnalysis analysis = new NoModelsFoundFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.isEqualTo("Relata found no model: no class annotated with @dev.relata.orm.schema.Table in "
							+ "com.example.nothing.here (the relata.orm.model-packages property). "
							+ "The RelationDefinitions beans userRelations need their models too.");
				assertThat(analysis.getAction()).contains("relata.orm.model-packages=com.example.model")
					.contains("@OrmModelScan(\"com.example.model\")");
			});
	}

	@Test
	void aBadSchemaNamesTheModelTheRelationWhatIsWrongAndTheFix() {
		this.runner.withPropertyValues("relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.broken")
			.withUserConfiguration(BrokenRelations.class)
			.run((context) -> {
				FailureAnalysis analysis = new SchemaBuildFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.startsWith("Relata could not build its schema from the models Comment and the "
							+ "RelationDefinitions beans commentRelations:")
					.contains("Comment.article (defined at ")
					.contains("its target Article is not a model of the schema")
					.contains("Comment.replies: a List property that no relation claims");
				assertThat(analysis.getAction()).startsWith("Fix the models and relation definitions named above.")
					.contains("annotated with @Table in dev.relata.orm.boot.autoconfigure.broken "
							+ "(the relata.orm.model-packages property)")
					.contains("relata.orm.model-packages or @OrmModelScan");
			});
	}

	@Test
	void aFailedStartPrintsTheAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NoModelsApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("relata.orm.model-packages", "com.example.nothing.here",
				"spring.datasource.generate-unique-name", "true"));
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Relata found no model: no class annotated with @dev.relata.orm.schema.Table in "
					+ "com.example.nothing.here (the relata.orm.model-packages property).")
			.contains("Annotate your model records or classes with @Table");
	}

	record Article(Long id) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class NoModelsApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class BrokenRelations {

		@Bean
		RelationDefinitions<Comment> commentRelations() {
			return RelationDefinitions.of(Comment.class,
					(r) -> r.belongsTo("article", Article.class, Comment::articleId));
		}

	}

}
