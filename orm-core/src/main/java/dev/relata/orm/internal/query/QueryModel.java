package dev.relata.orm.internal.query;

import java.util.List;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * A finished query: what a terminal hands to the {@link QueryEngine}. Immutable; compile
 * it with {@code dev.relata.orm.internal.compile.QueryCompiler}.
 *
 * @param <T> the model type
 */
public final class QueryModel<T> {

	private final EntityModel<T> model;

	private final List<Clause> where;

	private final List<ModelProperty> selection;

	private final List<Ordering> orderings;

	private final @Nullable Long limit;

	private final @Nullable Long offset;

	private final boolean locked;

	private final boolean explicitSelection;

	private final List<RelationLoadModel> loads;

	private final List<AggregateModel> aggregates;

	private final boolean singleRow;

	QueryModel(EntityModel<T> model, List<Clause> where, List<ModelProperty> selection, boolean explicitSelection,
			List<Ordering> orderings, @Nullable Long limit, @Nullable Long offset, boolean locked,
			List<RelationLoadModel> loads, List<AggregateModel> aggregates, boolean singleRow) {
		this.loads = List.copyOf(loads);
		this.aggregates = List.copyOf(aggregates);
		this.singleRow = singleRow;
		this.model = model;
		this.where = List.copyOf(where);
		this.selection = List.copyOf(selection);
		this.explicitSelection = explicitSelection;
		this.orderings = List.copyOf(orderings);
		this.limit = limit;
		this.offset = offset;
		this.locked = locked;
	}

	/**
	 * Returns the queried model.
	 * @return the model
	 */
	public EntityModel<T> model() {
		return this.model;
	}

	/**
	 * Returns the column properties read, in select order (all columns unless
	 * {@code select} chose some; keys always included).
	 * @return the selected columns
	 */
	public List<ModelProperty> selection() {
		return this.selection;
	}

	/**
	 * Tells whether {@code select(...)} narrowed the columns.
	 * @return {@code true} when only some columns are read
	 */
	public boolean explicitSelection() {
		return this.explicitSelection;
	}

	/**
	 * Returns the row limit.
	 * @return the limit, or {@code null} for none
	 */
	public @Nullable Long limit() {
		return this.limit;
	}

	/**
	 * Returns the number of rows skipped.
	 * @return the offset, or {@code null} for none
	 */
	public @Nullable Long offset() {
		return this.offset;
	}

	/**
	 * Tells whether the rows are locked ({@code FOR UPDATE}).
	 * @return whether the query locks
	 */
	public boolean locked() {
		return this.locked;
	}

	/**
	 * Tells whether the query has conditions.
	 * @return {@code true} when there is a where clause
	 */
	public boolean hasConditions() {
		return !this.where.isEmpty();
	}

	/**
	 * Tells whether the query orders its rows.
	 * @return {@code true} when there is an order by
	 */
	public boolean hasOrdering() {
		return !this.orderings.isEmpty();
	}

	/**
	 * Returns a copy with a smaller limit, for {@code one()} and {@code first()}.
	 * @param max the largest limit wanted
	 * @return the query with {@code min(limit, max)} as limit
	 */
	public QueryModel<T> withLimitAtMost(long max) {
		long newLimit = (this.limit != null) ? Math.min(this.limit, max) : max;
		return new QueryModel<>(this.model, this.where, this.selection, this.explicitSelection, this.orderings,
				newLimit, this.offset, this.locked, this.loads, this.aggregates, this.singleRow);
	}

	/**
	 * Returns the relation loads of the query.
	 * @return the loads of the root's relations, with their nested loads
	 */
	public List<RelationLoadModel> loads() {
		return this.loads;
	}

	/**
	 * Returns the aggregates computed for each row.
	 * @return the aggregates
	 */
	public List<AggregateModel> aggregates() {
		return this.aggregates;
	}

	/**
	 * Returns the bound the query itself gives on the number of rows it reads:
	 * {@code min(limit, number of values in a top-level conjunctive key equality or IN)},
	 * 1 for a single-row terminal.
	 * @return the bound, or {@code null} when the query gives none
	 */
	public @Nullable Long rowBound() {
		Long bound = this.singleRow ? Long.valueOf(1) : this.limit;
		Long keyBound = KeyBound.of(this.model, this.where);
		if (keyBound != null) {
			bound = (bound == null) ? keyBound : Math.min(bound, keyBound);
		}
		return bound;
	}

	/**
	 * Returns the where clauses, scopes (soft deletes, a related owner) included.
	 * @return the clauses
	 */
	public List<Clause> where() {
		return this.where;
	}

	/**
	 * Returns the orderings in the order they were given.
	 * @return the orderings
	 */
	public List<Ordering> orderings() {
		return this.orderings;
	}

}
