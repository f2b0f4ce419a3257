package dev.relata.orm.boot.verify;

import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.flyway.OrmFlywayAutoConfiguration;
import dev.relata.orm.boot.autoconfigure.verify.OrmVerificationAutoConfiguration;
import dev.relata.orm.verify.FindingKind;
import dev.relata.orm.verify.VerificationFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code relata.orm.verify.mode} on an embedded H2 database whose Flyway migration
 * creates the blog tables without foreign keys.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrmVerificationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				OrmAutoConfiguration.class, OrmFlywayAutoConfiguration.class, OrmVerificationAutoConfiguration.class))
		.withUserConfiguration(BlogRelations.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"spring.flyway.locations=classpath:db/blog-tables",
				"relata.orm.model-packages=dev.relata.orm.boot.autoconfigure.blog");

	@Test
	void warnIsTheDefaultAndLogsEachFindingOnceAfterTheMigrations(CapturedOutput output) {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=off").run((context) -> {
			assertThat(context).hasNotFailed();
			RelationVerification verification = context.getBean(RelationVerification.class);
			assertThat(verification.mode()).isEqualTo(VerifyMode.WARN);
			assertThat(verification.report()).hasValueSatisfying((report) -> assertThat(report.findings())
				.extracting(VerificationFinding::kind, VerificationFinding::relation)
				.contains(tuple(FindingKind.MISSING_FOREIGN_KEY, "posts"),
						tuple(FindingKind.MISSING_FOREIGN_KEY, "role")));
			assertThat(output).containsOnlyOnce("Relata relation verifier: MISSING_FOREIGN_KEY: User.posts");
		});
	}

	@Test
	void theForeignKeyMigrationRunsBeforeTheVerifier() {
		this.runner.run((context) -> assertThat(context.getBean(RelationVerification.class).report())
			.hasValueSatisfying((report) -> assertThat(report.findings()).extracting(VerificationFinding::kind)
				.doesNotContain(FindingKind.MISSING_FOREIGN_KEY, FindingKind.FOREIGN_KEY_ACTION_MISMATCH)));
	}

	@Test
	void failStopsStartupListingEveryFindingWithItsFix() {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=off", "relata.orm.verify.mode=fail")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new RelationVerificationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.startsWith(
							"The database does not match what Relata's relations need (relata.orm.verify.mode=fail).")
					.contains("MISSING_FOREIGN_KEY: User.posts")
					.contains("MISSING_FOREIGN_KEY: User.role")
					.contains("fix: ALTER TABLE \"POSTS\" ADD CONSTRAINT \"FK_POSTS_USER_ID\"");
				assertThat(analysis.getAction()).contains("relata.orm.verify.mode=warn");
			});
	}

	@Test
	void failStopsStartupEvenWithLazyInitialization() {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=off", "relata.orm.verify.mode=fail")
			.withInitializer(
					(context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(RelationVerificationException.class));
	}

	@Test
	void offRunsNothing(CapturedOutput output) {
		this.runner.withPropertyValues("relata.orm.flyway.foreign-keys=off", "relata.orm.verify.mode=off")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(RelationVerification.class).report()).isEmpty();
				assertThat(output).doesNotContain("Relata relation verifier");
			});
	}

}
