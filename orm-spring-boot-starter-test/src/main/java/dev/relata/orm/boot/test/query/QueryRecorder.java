package dev.relata.orm.boot.test.query;

import java.util.List;

import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import org.assertj.core.api.AssertProvider;

/**
 * Records the statements Relata runs, so that a test can hold code to a query budget:
 * {@code assertThat(queries).hasCount(2)} (AssertJ's {@code Assertions.assertThat}, as
 * this is an {@link AssertProvider}). A failing budget lists every statement recorded, so
 * an N+1 regression reads at a glance.
 * <p>
 * {@code @OrmTest} and {@code @AutoConfigureQueryRecorder} declare one as a bean, which
 * the starter hands to the {@code Orm} like every {@link StatementListener} bean, and
 * reset it right before each test method runs (after its {@code @BeforeEach} methods).
 * Outside Spring, give one to {@code OrmBuilder.statementListener(...)}. Statements are
 * recorded from every thread; the recorder is safe to use from several.
 */
public interface QueryRecorder extends StatementListener, AssertProvider<QueryRecorderAssert> {

	/**
	 * Creates an empty recorder.
	 * @return a new recorder
	 */
	static QueryRecorder create() {
		return new DefaultQueryRecorder();
	}

	/**
	 * Returns how many statements were recorded since the last reset; a JDBC batch counts
	 * as one.
	 * @return the number of statements
	 */
	int count();

	/**
	 * Returns the statements recorded since the last reset, in the order they ran.
	 * @return a copy of the statements, never {@code null}
	 */
	List<ExecutedStatement> statements();

	/**
	 * Forgets the statements recorded so far.
	 */
	void reset();

	/**
	 * Returns the AssertJ assertions of this recorder: what
	 * {@code Assertions.assertThat(recorder)} calls.
	 * @return the assertions on a snapshot of the statements recorded so far
	 */
	@Override
	default QueryRecorderAssert assertThat() {
		return new QueryRecorderAssert(this);
	}

}
