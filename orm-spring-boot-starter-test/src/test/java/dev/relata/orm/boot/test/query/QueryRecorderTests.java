package dev.relata.orm.boot.test.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.relata.orm.jdbc.ExecutedStatement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a {@link QueryRecorder} keeps of the statements it is told about.
 */
class QueryRecorderTests {

	private final QueryRecorder recorder = QueryRecorder.create();

	@Test
	void recordsEachStatementInTheOrderItRan() {
		ExecutedStatement users = select("User");
		ExecutedStatement posts = select("Post");
		this.recorder.beforeStatement(users);
		this.recorder.afterStatement(users, null);
		this.recorder.beforeStatement(posts);
		this.recorder.afterStatement(posts, new IllegalStateException("failed"));

		assertThat(this.recorder.count()).isEqualTo(2);
		assertThat(this.recorder.statements()).containsExactly(users, posts);
	}

	@Test
	void statementsAreASnapshotThatCannotBeChanged() {
		this.recorder.beforeStatement(select("User"));
		List<ExecutedStatement> snapshot = this.recorder.statements();
		this.recorder.beforeStatement(select("Post"));

		assertThat(snapshot).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(snapshot::clear);
	}

	@Test
	void resetForgetsTheStatementsRecordedSoFar() {
		this.recorder.beforeStatement(select("User"));
		this.recorder.reset();
		this.recorder.beforeStatement(select("Post"));

		assertThat(this.recorder.statements()).extracting(ExecutedStatement::model).containsExactly("Post");
	}

	@Test
	void statementsFromManyThreadsAreAllRecordedWhileATestReadsThem() throws Exception {
		int threads = 8;
		int perThread = 2_000;
		ExecutorService executor = Executors.newFixedThreadPool(threads + 1);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				writers.add(executor.submit(() -> {
					start.await();
					for (int n = 0; n < perThread; n++) {
						this.recorder.beforeStatement(select("User"));
					}
					return null;
				}));
			}
			Future<?> reader = executor.submit(() -> {
				start.await();
				while (this.recorder.count() < threads * perThread) {
					assertThat(this.recorder.statements()).doesNotContainNull();
				}
				return null;
			});
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get(30, TimeUnit.SECONDS);
			}
			reader.get(30, TimeUnit.SECONDS);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.recorder.count()).isEqualTo(threads * perThread);
	}

	static ExecutedStatement select(String model) {
		return new ExecutedStatement(model, "select", "SELECT * FROM " + model.toLowerCase() + "s", List.of(), 1);
	}

}
