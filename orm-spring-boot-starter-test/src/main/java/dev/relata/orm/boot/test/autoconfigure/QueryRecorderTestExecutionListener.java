package dev.relata.orm.boot.test.autoconfigure;

import dev.relata.orm.boot.test.query.QueryRecorder;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Resets the {@link QueryRecorder} beans of a test's application context right before
 * each test method runs: after the {@code @BeforeEach} methods, so that the statements of
 * fixtures written there do not count against the test's budget. Registered for every
 * Spring test; it does nothing where the context has no recorder, and never loads a
 * context.
 */
final class QueryRecorderTestExecutionListener extends AbstractTestExecutionListener {

	// A QueryRecorder is an AssertJ AssertProvider: the type cannot load without AssertJ.
	private static final boolean RECORDER_LOADABLE = ClassUtils.isPresent("org.assertj.core.api.AssertProvider",
			QueryRecorderTestExecutionListener.class.getClassLoader());

	@Override
	public void beforeTestExecution(TestContext testContext) {
		if (RECORDER_LOADABLE && testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(QueryRecorder.class).forEach(QueryRecorder::reset);
		}
	}

}
