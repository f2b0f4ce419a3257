package dev.relata.orm;

import java.util.List;
import java.util.stream.Stream;

import dev.relata.orm.internal.load.QueryReader;
import dev.relata.orm.internal.query.PropertyAssignment;
import dev.relata.orm.internal.query.QueryEngine;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.internal.write.SetBasedWriter;

/**
 * The engine behind every query: reads go to the {@link QueryReader}, set-based writes to
 * the {@link SetBasedWriter}.
 */
final class OrmQueryEngine implements QueryEngine {

	private final QueryReader reader;

	private final SetBasedWriter writer;

	OrmQueryEngine(QueryReader reader, SetBasedWriter writer) {
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public <T> List<T> list(QueryModel<T> query) {
		return this.reader.list(query);
	}

	@Override
	public QueryPlan explain(QueryModel<?> query) {
		return this.reader.explain(query);
	}

	@Override
	public <T> Stream<T> stream(QueryModel<T> query) {
		return this.reader.stream(query);
	}

	@Override
	public long count(QueryModel<?> query) {
		return this.reader.count(query);
	}

	@Override
	public boolean exists(QueryModel<?> query) {
		return this.reader.exists(query);
	}

	@Override
	public int update(QueryModel<?> query, List<PropertyAssignment> assignments) {
		return this.writer.update(query, assignments);
	}

	@Override
	public int delete(QueryModel<?> query, boolean force) {
		return this.writer.delete(query, force);
	}

	@Override
	public int restore(QueryModel<?> query) {
		return this.writer.restore(query);
	}

}
