package dev.relata.orm.boot.test.autoconfigure;

import java.util.List;

import dev.relata.orm.boot.test.query.QueryRecorder;
import dev.relata.orm.jdbc.ExecutedStatement;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The listener that resets query recorders before each test method.
 */
class QueryRecorderTestExecutionListenerTests {

	private final QueryRecorderTestExecutionListener listener = new QueryRecorderTestExecutionListener();

	@Test
	void resetsEveryRecorderOfTheTestsContextBeforeTheTestRuns() {
		QueryRecorder first = recorderWithAStatement();
		QueryRecorder second = recorderWithAStatement();
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("first", first);
		context.getBeanFactory().registerSingleton("second", second);
		TestContext testContext = mock(TestContext.class);
		given(testContext.hasApplicationContext()).willReturn(true);
		given(testContext.getApplicationContext()).willReturn(context);

		this.listener.beforeTestExecution(testContext);

		assertThat(first.count()).isZero();
		assertThat(second.count()).isZero();
	}

	@Test
	void neverLoadsAContextThatIsNotLoadedYet() {
		TestContext testContext = mock(TestContext.class);

		this.listener.beforeTestExecution(testContext);

		verify(testContext, never()).getApplicationContext();
	}

	@Test
	void isRegisteredForEverySpringTest() {
		// Spring's own listeners that need what this module's tests lack are passed over.
		FailureHandler passOver = FailureHandler.handleMessage((message, failure) -> {
		});
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(TestExecutionListener.class, passOver))
			.hasAtLeastOneElementOfType(QueryRecorderTestExecutionListener.class);
	}

	private static QueryRecorder recorderWithAStatement() {
		QueryRecorder recorder = QueryRecorder.create();
		recorder.beforeStatement(new ExecutedStatement("User", "select", "SELECT 1", List.of(), 1));
		return recorder;
	}

}
