package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.OrmSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Nulls;
import dev.relata.orm.query.Query;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.query.RelationQuery;
import dev.relata.orm.query.UpdateSpec;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * The {@link Query} implementation: collects the query's parts and runs it once through
 * the {@link QueryEngine}.
 *
 * @param <T> the model type
 */
final class DefaultQuery<T> extends AbstractWhereSpec<Query<T>, T> implements Query<T> {

	private final QueryEngine engine;

	private final Set<ModelProperty> selection = new LinkedHashSet<>();

	private final List<Ordering> orderings = new ArrayList<>();

	private @Nullable Long limit;

	private @Nullable Long offset;

	private boolean locked;

	private boolean ran;

	private SoftDeleteScope.Trashed trashed = SoftDeleteScope.Trashed.EXCLUDED;

	private final LoadCollector loads;

	DefaultQuery(EntityModel<T> model, OrmSchema schema, QueryEngine engine) {
		super(model, schema);
		this.engine = engine;
		this.loads = new LoadCollector(model, schema, "");
	}

	@Override
	Query<T> self() {
		return this;
	}

	@Override
	void checkModifiable() {
		if (this.ran) {
			throw new OrmUsageException("This query on " + model().name() + " has already run; a Query runs once, "
					+ "start a new one with query()");
		}
	}

	@Override
	public Query<T> whereKey(Object key) {
		UserInput.requireNonNull(key, "whereKey", "key");
		List<ModelProperty> keys = model().keys();
		if (keys.size() == 1) {
			return where(keys.get(0).name(), key);
		}
		List<Object> values = KeyValues.of(model(), key);
		for (int i = 0; i < keys.size(); i++) {
			where(keys.get(i).name(), values.get(i));
		}
		return this;
	}

	@Override
	public Query<T> select(String... properties) {
		checkModifiable();
		for (String property : properties) {
			this.selection.add(column(property));
		}
		return this;
	}

	@Override
	public Query<T> orderBy(String property) {
		return orderBy(property, Direction.ASC);
	}

	@Override
	public Query<T> orderBy(String property, Direction direction) {
		UserInput.requireNonNull(direction, "orderBy", "direction");
		return addOrdering(new Ordering(column(property), direction, null));
	}

	@Override
	public Query<T> orderBy(String property, Direction direction, Nulls nulls) {
		UserInput.requireNonNull(direction, "orderBy", "direction");
		UserInput.requireNonNull(nulls, "orderBy", "nulls");
		return addOrdering(new Ordering(column(property), direction, nulls));
	}

	private Query<T> addOrdering(Ordering ordering) {
		checkModifiable();
		this.orderings.add(ordering);
		return this;
	}

	@Override
	public Query<T> limit(long limit) {
		checkModifiable();
		if (limit < 0) {
			throw new OrmUsageException("limit must be zero or more, got " + limit);
		}
		this.limit = limit;
		return this;
	}

	@Override
	public Query<T> offset(long offset) {
		checkModifiable();
		if (offset < 0) {
			throw new OrmUsageException("offset must be zero or more, got " + offset);
		}
		this.offset = offset;
		return this;
	}

	@Override
	public Query<T> lock() {
		checkModifiable();
		this.locked = true;
		return this;
	}

	@Override
	public Query<T> load(String path) {
		checkModifiable();
		this.loads.load(path, null, null, null);
		return this;
	}

	@Override
	public Query<T> load(String path, Consumer<RelationQuery<?>> query) {
		checkModifiable();
		this.loads.load(path, null, query, null);
		return this;
	}

	@Override
	public <R> Query<T> load(String path, Class<R> target, Consumer<RelationQuery<R>> query) {
		checkModifiable();
		this.loads.loadTyped(path, target, query);
		return this;
	}

	@Override
	public Query<T> load(String path, LoadOptions options) {
		checkModifiable();
		this.loads.load(path, null, null, options);
		return this;
	}

	@Override
	public Query<T> load(String path, Consumer<RelationQuery<?>> query, LoadOptions options) {
		checkModifiable();
		this.loads.load(path, null, query, options);
		return this;
	}

	@Override
	public Query<T> withCount(String relation) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.COUNT, null, null, null);
		return this;
	}

	@Override
	public Query<T> withCount(String relation, Consumer<RelationQuery<?>> filter, String slot) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.COUNT, null, filter, slot);
		return this;
	}

	@Override
	public Query<T> withMax(String relation, String property, String slot) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.MAX, property, null, slot);
		return this;
	}

	@Override
	public Query<T> withMin(String relation, String property, String slot) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.MIN, property, null, slot);
		return this;
	}

	@Override
	public Query<T> withSum(String relation, String property, String slot) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.SUM, property, null, slot);
		return this;
	}

	@Override
	public Query<T> withAvg(String relation, String property, String slot) {
		checkModifiable();
		this.loads.aggregate(relation, AggregateFunction.AVG, property, null, slot);
		return this;
	}

	@Override
	public Query<T> withTrashed() {
		checkModifiable();
		this.trashed = SoftDeleteScope.Trashed.INCLUDED;
		return this;
	}

	@Override
	public Query<T> onlyTrashed() {
		checkModifiable();
		this.trashed = SoftDeleteScope.Trashed.ONLY;
		return this;
	}

	@Override
	public int restore() {
		requireNoLoads("restore");
		requireSoftDeletes("restore");
		this.trashed = SoftDeleteScope.Trashed.ONLY;
		return this.engine.restore(finish());
	}

	@Override
	public int forceDelete() {
		requireNoLoads("delete");
		return this.engine.delete(finish(), true);
	}

	private void requireSoftDeletes(String operation) {
		if (model().softDelete().isEmpty()) {
			throw new OrmUsageException(operation + "() needs a model with soft deletes; " + model().name()
					+ " has no @SoftDelete property");
		}
	}

	@Override
	public QueryPlan explain() {
		return this.engine.explain(snapshot(false));
	}

	@Override
	public QueryPlan explain(Dialect dialect) {
		return this.engine.explain(snapshot(false), dialect);
	}

	@Override
	public List<T> many() {
		return this.engine.list(finish());
	}

	@Override
	public Optional<T> one() {
		List<T> rows = this.engine.list(finish(true).withLimitAtMost(2));
		if (rows.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(
					"Expected at most one " + model().name() + " but the query matched more; use first() or many()", 1,
					rows.size());
		}
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	public T single() {
		List<T> rows = this.engine.list(finish(true).withLimitAtMost(2));
		if (rows.isEmpty()) {
			throw new EmptyResultDataAccessException("Expected one " + model().name() + " but the query matched none",
					1);
		}
		if (rows.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(
					"Expected one " + model().name() + " but the query matched more; use first() or many()", 1,
					rows.size());
		}
		return rows.get(0);
	}

	@Override
	public Optional<T> first() {
		List<T> rows = this.engine.list(finish(true).withLimitAtMost(1));
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	public long count() {
		return this.engine.count(finish());
	}

	@Override
	public boolean exists() {
		return this.engine.exists(finish());
	}

	@Override
	public Stream<T> stream() {
		return this.engine.stream(finish());
	}

	@Override
	public int update(Consumer<UpdateSpec<T>> assignments) {
		requireNoLoads("update");
		DefaultUpdateSpec spec = new DefaultUpdateSpec();
		assignments.accept(spec);
		return this.engine.update(finish(), spec.assignments);
	}

	@Override
	public int delete() {
		requireNoLoads("delete");
		return this.engine.delete(finish(), false);
	}

	private void requireNoLoads(String operation) {
		if (!this.loads.isEmpty()) {
			throw new OrmUsageException("A set-based " + operation + " of " + model().name()
					+ " cannot load relations or aggregates; remove load(...) and with...(...) from the query");
		}
	}

	private QueryModel<T> finish() {
		return finish(false);
	}

	private QueryModel<T> finish(boolean singleRow) {
		checkModifiable();
		QueryModel<T> query = snapshot(singleRow);
		this.ran = true;
		return query;
	}

	private QueryModel<T> snapshot(boolean singleRow) {
		List<RelationLoadModel> relationLoads = this.loads.finishLoads();
		return new QueryModel<>(model(), SoftDeleteScope.apply(model(), clauses(), this.trashed),
				selectedColumns(relationLoads), !this.selection.isEmpty(), this.orderings, this.limit, this.offset,
				this.locked, relationLoads, this.loads.finishAggregates(), singleRow);
	}

	private List<ModelProperty> selectedColumns(List<RelationLoadModel> relationLoads) {
		if (this.selection.isEmpty()) {
			return model().columns();
		}
		Set<ModelProperty> chosen = new LinkedHashSet<>(this.selection);
		chosen.addAll(model().keys());
		relationLoads.forEach((load) -> {
			chosen.add(load.relation().sourceKey());
			load.relation()
				.morphType()
				.filter((type) -> load.relation().source().equals(model()))
				.ifPresent(chosen::add);
		});
		List<ModelProperty> ordered = new ArrayList<>();
		for (ModelProperty column : model().columns()) {
			if (chosen.contains(column)) {
				ordered.add(column);
			}
		}
		return ordered;
	}

	/**
	 * The assignments of {@code update(s -> ...)}.
	 */
	private final class DefaultUpdateSpec implements UpdateSpec<T> {

		private final List<PropertyAssignment> assignments = new ArrayList<>();

		@Override
		public UpdateSpec<T> set(String property, @Nullable Object value) {
			return assign(column(property), value);
		}

		@Override
		public <V> UpdateSpec<T> set(PropertyRef<T, V> property, @Nullable V value) {
			return assign(column(property), value);
		}

		private UpdateSpec<T> assign(ModelProperty property, @Nullable Object value) {
			if (property.version()) {
				throw new OrmUsageException(model().name() + "." + property.name()
						+ " is the @Version property; Relata increments it on every update");
			}
			if (value == null && (property.primitive() || !property.options().nullable())) {
				throw new OrmUsageException(
						model().name() + "." + property.name() + " is NOT NULL; it cannot be set " + "to null");
			}
			this.assignments.add(new PropertyAssignment(property, columnValue(property, value)));
			return this;
		}

	}

}
