package dev.relata.orm.boot.test.autoconfigure;

import dev.relata.orm.boot.test.query.QueryRecorder;
import org.assertj.core.api.AssertProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query recorder's auto-configuration, its back-off and its condition on AssertJ.
 */
class QueryRecorderAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QueryRecorderAutoConfiguration.class));

	@Test
	void declaresARecorder() {
		this.runner
			.run((context) -> assertThat(context).hasSingleBean(QueryRecorder.class).hasBean("relataQueryRecorder"));
	}

	@Test
	void backsOffWhenTheTestDeclaresARecorder() {
		QueryRecorder own = QueryRecorder.create();
		this.runner.withBean("ownRecorder", QueryRecorder.class, () -> own)
			.run((context) -> assertThat(context).getBean(QueryRecorder.class).isSameAs(own));
	}

	@Test
	void declaresNoRecorderWithoutAssertJ() {
		this.runner.withClassLoader(new FilteredClassLoader(AssertProvider.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("relataQueryRecorder"));
	}

}
