package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Nulls;
import dev.relata.orm.query.RelationQuery;

/**
 * The relation query filled inside {@code load("posts", q -> ...)}.
 *
 * @param <R> the related model
 */
final class DefaultRelationQuery<R> extends AbstractWhereSpec<RelationQuery<R>, R> implements RelationQuery<R> {

	private final Relation relation;

	private final String path;

	private final LoadCollector loads;

	private final Set<ModelProperty> selection = new LinkedHashSet<>();

	private final List<Ordering> orderings = new ArrayList<>();

	private @Nullable Long limit;

	private @Nullable Long offset;

	private LoadOptions options = LoadOptions.defaults();

	private SoftDeleteScope.Trashed trashed = SoftDeleteScope.Trashed.EXCLUDED;

	@SuppressWarnings("unchecked")
	DefaultRelationQuery(Relation relation, String path, OrmSchema schema) {
		super((EntityModel<R>) relation.target(), schema);
		this.relation = relation;
		this.path = path;
		this.loads = new LoadCollector(relation.target(), schema, path);
	}

	@Override
	RelationQuery<R> self() {
		return this;
	}

	void options(LoadOptions options) {
		this.options = options;
	}

	@Override
	public RelationQuery<R> select(String... properties) {
		for (String property : properties) {
			this.selection.add(column(property));
		}
		return this;
	}

	@Override
	public RelationQuery<R> orderBy(String property) {
		return orderBy(property, Direction.ASC);
	}

	@Override
	public RelationQuery<R> orderBy(String property, Direction direction) {
		UserInput.requireNonNull(direction, "orderBy", "direction");
		this.orderings.add(new Ordering(column(property), direction, null));
		return this;
	}

	@Override
	public RelationQuery<R> orderBy(String property, Direction direction, Nulls nulls) {
		UserInput.requireNonNull(direction, "orderBy", "direction");
		UserInput.requireNonNull(nulls, "orderBy", "nulls");
		this.orderings.add(new Ordering(column(property), direction, nulls));
		return this;
	}

	@Override
	public RelationQuery<R> withTrashed() {
		this.trashed = SoftDeleteScope.Trashed.INCLUDED;
		return this;
	}

	@Override
	public RelationQuery<R> limit(long limit) {
		requireToMany("limit");
		if (limit < 0) {
			throw new OrmUsageException("limit must be zero or more, got " + limit);
		}
		this.limit = limit;
		return this;
	}

	@Override
	public RelationQuery<R> offset(long offset) {
		requireToMany("offset");
		if (offset < 0) {
			throw new OrmUsageException("offset must be zero or more, got " + offset);
		}
		this.offset = offset;
		return this;
	}

	private void requireToMany(String what) {
		if (!this.relation.toMany()) {
			throw new OrmUsageException(what + " on " + this.relation.qualifiedName() + " makes no sense: it is a "
					+ this.relation.kind().label() + " relation (at most one row per parent)");
		}
	}

	@Override
	public RelationQuery<R> load(String path) {
		this.loads.load(path, null, null, null);
		return this;
	}

	@Override
	public RelationQuery<R> load(String path, Consumer<RelationQuery<?>> query) {
		this.loads.load(path, null, query, null);
		return this;
	}

	@Override
	public <T> RelationQuery<R> load(String path, Class<T> target, Consumer<RelationQuery<T>> query) {
		this.loads.loadTyped(path, target, query);
		return this;
	}

	@Override
	public RelationQuery<R> load(String path, LoadOptions options) {
		this.loads.load(path, null, null, options);
		return this;
	}

	@Override
	public RelationQuery<R> load(String path, Consumer<RelationQuery<?>> query, LoadOptions options) {
		this.loads.load(path, null, query, options);
		return this;
	}

	@Override
	public RelationQuery<R> withCount(String relation) {
		this.loads.aggregate(relation, AggregateFunction.COUNT, null, null, null);
		return this;
	}

	@Override
	public RelationQuery<R> withCount(String relation, Consumer<RelationQuery<?>> filter, String slot) {
		this.loads.aggregate(relation, AggregateFunction.COUNT, null, filter, slot);
		return this;
	}

	@Override
	public RelationQuery<R> withMax(String relation, String property, String slot) {
		this.loads.aggregate(relation, AggregateFunction.MAX, property, null, slot);
		return this;
	}

	@Override
	public RelationQuery<R> withMin(String relation, String property, String slot) {
		this.loads.aggregate(relation, AggregateFunction.MIN, property, null, slot);
		return this;
	}

	@Override
	public RelationQuery<R> withSum(String relation, String property, String slot) {
		this.loads.aggregate(relation, AggregateFunction.SUM, property, null, slot);
		return this;
	}

	@Override
	public RelationQuery<R> withAvg(String relation, String property, String slot) {
		this.loads.aggregate(relation, AggregateFunction.AVG, property, null, slot);
		return this;
	}

	Relation relation() {
		return this.relation;
	}

	LoadCollector loads() {
		return this.loads;
	}

	RelationLoadModel finish() {
		List<RelationLoadModel> children = this.loads.finishLoads();
		Set<ModelProperty> needed = new LinkedHashSet<>(this.selection);
		needed.addAll(model().keys());
		needed.add(this.relation.targetKey());
		children.forEach((child) -> {
			needed.add(child.relation().sourceKey());
			if (child.relation().loadsPerType()) {
				child.relation().morphType().ifPresent(needed::add);
			}
		});
		List<ModelProperty> columns = this.selection.isEmpty() ? model().columns()
				: model().columns().stream().filter(needed::contains).toList();
		return new RelationLoadModel(this.path, this.relation, this.options,
				SoftDeleteScope.forRelation(this.relation, clauses(), this.trashed), columns, this.orderings,
				this.limit, this.offset, children, this.loads.finishAggregates());
	}

}
