package dev.relata.orm.boot.test.testing;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs a Spring test class on one {@link TestDatabase} with JUnit's launcher, from a
 * {@code @DatabaseTest} method, so that a slice test written as an application would
 * write it (on the embedded database) also runs on PostgreSQL, MariaDB and H2, each
 * invocation named after its database. The class, usually a subclass declared next to the
 * launching test, is annotated with {@link OnTestDatabase @OnTestDatabase}.
 */
public final class TestDatabaseLauncher {

	private static volatile @Nullable TestDatabase current;

	private TestDatabaseLauncher() {
	}

	/**
	 * Runs the tests of a class on a database and fails unless every one of them passed:
	 * the failure names each test that failed, was skipped or aborted, with its cause.
	 * @param testClass the test class, annotated with {@code @OnTestDatabase}
	 * @param db the database
	 */
	public static synchronized void run(Class<?> testClass, TestDatabase db) {
		EngineExecutionResults results;
		current = db;
		try {
			results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
		}
		finally {
			current = null;
		}
		List<Throwable> causes = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		results.allEvents().failed().stream().forEach((event) -> {
			Throwable cause = result(event).getThrowable().orElse(null);
			problems.add(name(event) + " failed: " + ((cause != null) ? cause : "no cause"));
			if (cause != null) {
				causes.add(cause);
			}
		});
		results.allEvents().aborted().stream().forEach((event) -> problems.add(name(event) + " was aborted"));
		results.allEvents()
			.skipped()
			.stream()
			.forEach((event) -> problems
				.add(name(event) + " was skipped: " + event.getPayload(String.class).orElse("")));
		if (results.testEvents().succeeded().count() == 0) {
			problems.add("no test ran");
		}
		if (!problems.isEmpty()) {
			AssertionError error = new AssertionError(
					testClass.getSimpleName() + " on " + db + ":\n  " + String.join("\n  ", problems));
			causes.forEach(error::addSuppressed);
			throw error;
		}
	}

	/**
	 * Returns the database the class being launched runs on.
	 * @return the database
	 * @throws IllegalStateException when no class is being launched
	 */
	static TestDatabase current() {
		TestDatabase db = current;
		if (db == null) {
			throw new IllegalStateException(
					"@OnTestDatabase classes run only through TestDatabaseLauncher.run(testClass, db)");
		}
		return db;
	}

	private static TestExecutionResult result(Event event) {
		return event.getRequiredPayload(TestExecutionResult.class);
	}

	private static String name(Event event) {
		return event.getTestDescriptor().getDisplayName();
	}

}
