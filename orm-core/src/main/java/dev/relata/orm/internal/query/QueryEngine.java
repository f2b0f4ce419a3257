package dev.relata.orm.internal.query;

import java.util.List;
import java.util.stream.Stream;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Runs finished queries. The query DSL builds {@link QueryModel}s; an engine, wired by
 * the {@code Orm} from the loader's {@link QueryReads} and the writer's
 * {@link QueryWrites}, turns them into statements and results.
 */
public interface QueryEngine extends QueryReads, QueryWrites {

	/**
	 * Combines the readers and writers of finished queries.
	 * @param reads runs reading terminals
	 * @param writes runs set-based writes
	 * @return the engine
	 */
	static QueryEngine of(QueryReads reads, QueryWrites writes) {
		return new Delegating(reads, writes);
	}

	/**
	 * An engine that hands each terminal to the reader or the writer.
	 *
	 * @param reads runs reading terminals
	 * @param writes runs set-based writes
	 */
	record Delegating(QueryReads reads, QueryWrites writes) implements QueryEngine {

		@Override
		public <T> List<T> list(QueryModel<T> query) {
			return this.reads.list(query);
		}

		@Override
		public QueryPlan explain(QueryModel<?> query) {
			return this.reads.explain(query);
		}

		@Override
		public QueryPlan explain(QueryModel<?> query, Dialect dialect) {
			return this.reads.explain(query, dialect);
		}

		@Override
		public <T> Stream<T> stream(QueryModel<T> query) {
			return this.reads.stream(query);
		}

		@Override
		public long count(QueryModel<?> query) {
			return this.reads.count(query);
		}

		@Override
		public boolean exists(QueryModel<?> query) {
			return this.reads.exists(query);
		}

		@Override
		public int update(QueryModel<?> query, List<PropertyAssignment> assignments) {
			return this.writes.update(query, assignments);
		}

		@Override
		public int delete(QueryModel<?> query, boolean force) {
			return this.writes.delete(query, force);
		}

		@Override
		public int restore(QueryModel<?> query) {
			return this.writes.restore(query);
		}

	}

}
