package dev.relata.orm.boot.flyway;

import java.util.Map;

import javax.sql.DataSource;

import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.flyway.OrmFlywayAutoConfiguration;
import dev.relata.orm.migration.ForeignKeyMigration;
import dev.relata.orm.sql.dialect.Dialects;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code relata.orm.flyway.foreign-keys} with Spring Boot's Flyway on an embedded H2
 * database whose migration creates the blog tables without foreign keys.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrmFlywayAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				OrmAutoConfiguration.class, OrmFlywayAutoConfiguration.class))
		.withUserConfiguration(BlogRelations.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"spring.flyway.locations=classpath:db/blog-tables",
				"relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.blog");

	private static Map<String, Object> foreignKey(DataSource dataSource, String name) {
		return new JdbcTemplate(dataSource).queryForMap(
				"SELECT DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_NAME = ?",
				name.toUpperCase());
	}

	@Test
	void applyIsTheDefaultAndRunsAfterTheApplicationsMigrations() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ForeignKeysJavaMigration.class)
				.doesNotHaveBean(ForeignKeysValidation.class);
			assertThat(context.getBean(Flyway.class).getConfiguration().getJavaMigrations())
				.contains(context.getBean(ForeignKeysJavaMigration.class));
			assertThat(foreignKey(context.getBean(DataSource.class), "fk_posts_user_id")).containsEntry("DELETE_RULE",
					"CASCADE");
			assertThat(context.getBean(Flyway.class).info().applied())
				.extracting((migration) -> migration.getDescription())
				.containsExactly("blog", ForeignKeysJavaMigration.DESCRIPTION);
		});
	}

	@Test
	void theChecksumIsThatOfTheDeclaredForeignKeys() {
		this.runner.run((context) -> {
			ForeignKeysJavaMigration migration = context.getBean(ForeignKeysJavaMigration.class);
			assertThat(migration.getVersion()).as("repeatable").isNull();
			assertThat(migration.canExecuteInTransaction()).isFalse();
			assertThat(migration.getChecksum())
				.isEqualTo(context.getBean(ForeignKeyMigration.class).checksum(Dialects.H2));
		});
	}

	@Test
	void validateChangesNothingAndFailsOnDriftListingTheFix() {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=validate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(ForeignKeyDriftException.class);
			FailureAnalysis analysis = new ForeignKeyDriftFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription())
				.startsWith("The database's foreign keys differ from those the RelationDefinitions declare")
				.containsIgnoringCase("fk_posts_user_id")
				.containsIgnoringCase("ADD CONSTRAINT \"FK_POSTS_USER_ID\" FOREIGN KEY (\"USER_ID\")");
			assertThat(analysis.getAction()).contains("relata.orm.flyway.foreign-keys=apply");
		});
	}

	@Test
	void validatePassesOnceTheForeignKeysAreThereAndFlywayIgnoresTheRetiredMigration() {
		String url = "spring.datasource.url=jdbc:h2:mem:validated;DB_CLOSE_DELAY=-1";
		this.runner.withPropertyValues(url).run((applied) -> assertThat(applied).hasNotFailed());
		this.runner.withPropertyValues(url, "relata.orm.flyway.foreign-keys=validate").run((validated) -> {
			assertThat(validated).hasFailed();
			FailureAnalysis analysis = new RetiredForeignKeysMigrationFailureAnalyzer()
				.analyze(validated.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription())
				.contains("Flyway's history has a row of Relata's foreign-key migration");
			assertThat(analysis.getAction()).contains("spring.flyway.ignore-migration-patterns=*:missing");
		});
		this.runner
			.withPropertyValues(url, "relata.orm.flyway.foreign-keys=validate",
					"spring.flyway.ignore-migration-patterns=*:missing")
			.run((validated) -> assertThat(validated).hasNotFailed()
				.hasSingleBean(ForeignKeysValidation.class)
				.doesNotHaveBean(ForeignKeysJavaMigration.class));
	}

	@Test
	void otherFailuresAreNotExplainedAsARetiredMigration() {
		assertThat(new RetiredForeignKeysMigrationFailureAnalyzer()
			.analyze(new IllegalStateException("not resolved locally: relata foreign keys"))).isNull();
	}

	@Test
	void offContributesNothing() {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=off").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ForeignKeysJavaMigration.class)
				.doesNotHaveBean(ForeignKeysValidation.class);
			assertThat(context.getBean(Flyway.class).info().applied()).hasSize(1);
		});
	}

	@Test
	void validateFailsStartupEvenWithLazyInitialization() {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=validate")
			.withInitializer(
					(context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(ForeignKeyDriftException.class));
	}

	@Test
	void withFlywayDisabledNothingIsAppliedAndNothingWarned(CapturedOutput output) {
		this.runner.withPropertyValues("spring.flyway.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ForeignKeysJavaMigration.class);
			assertThat(output).doesNotContain("Relata's foreign-key migration is not run");
		});
	}

	@Test
	void withoutFlywayNothingIsContributed() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ForeignKeysJavaMigration.class)
				.doesNotHaveBean(ForeignKeyMigration.class));
	}

	@Test
	void anApplicationsOwnFlywayBeanThatLeavesTheMigrationOutIsWarnedAbout(CapturedOutput output) {
		this.runner
			.withBean("myFlyway", Flyway.class,
					() -> Flyway.configure()
						.locations("classpath:db/blog-tables")
						.dataSource("jdbc:h2:mem:own", "sa", "")
						.load())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("Relata's foreign-key migration is not run by any Flyway bean (myFlyway)")
					.contains("Flyway.configure().javaMigrations(...)");
			});
	}

	@Test
	void noWarningWhenSpringBootsFlywayRunsIt(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).doesNotContain("Relata's foreign-key migration is not run");
		});
	}

}
