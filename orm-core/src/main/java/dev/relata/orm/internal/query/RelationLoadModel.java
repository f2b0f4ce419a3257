package dev.relata.orm.internal.query;

import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.LoadOptions;

/**
 * One requested relation load, finished: the relation, its options, the shape of its
 * query and its nested loads. Immutable plain data for the planner.
 */
public final class RelationLoadModel {

	private final String path;

	private final Relation relation;

	private final LoadOptions options;

	private final List<Clause> where;

	private final List<ModelProperty> selection;

	private final List<Ordering> orderings;

	private final @Nullable Long limit;

	private final @Nullable Long offset;

	private final List<RelationLoadModel> children;

	private final List<AggregateModel> aggregates;

	RelationLoadModel(String path, Relation relation, LoadOptions options, List<Clause> where,
			List<ModelProperty> selection, List<Ordering> orderings, @Nullable Long limit, @Nullable Long offset,
			List<RelationLoadModel> children, List<AggregateModel> aggregates) {
		this.path = path;
		this.relation = relation;
		this.options = options;
		this.where = List.copyOf(where);
		this.selection = List.copyOf(selection);
		this.orderings = List.copyOf(orderings);
		this.limit = limit;
		this.offset = offset;
		this.children = List.copyOf(children);
		this.aggregates = List.copyOf(aggregates);
	}

	/**
	 * Returns the dotted path from the root query, such as {@code posts.tags}.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Returns the relation.
	 * @return the relation
	 */
	public Relation relation() {
		return this.relation;
	}

	/**
	 * Returns the load options.
	 * @return the options
	 */
	public LoadOptions options() {
		return this.options;
	}

	/**
	 * Returns the target properties read: the selection plus every key the loader needs,
	 * in model order.
	 * @return the columns to read
	 */
	public List<ModelProperty> selection() {
		return this.selection;
	}

	/**
	 * Returns the per-parent limit.
	 * @return the limit, or {@code null}
	 */
	public @Nullable Long limit() {
		return this.limit;
	}

	/**
	 * Returns the per-parent offset.
	 * @return the offset, or {@code null}
	 */
	public @Nullable Long offset() {
		return this.offset;
	}

	/**
	 * Tells whether the relation query pages per parent.
	 * @return {@code true} when a limit or offset is set
	 */
	public boolean pagedPerParent() {
		return this.limit != null || this.offset != null;
	}

	/**
	 * Returns the nested loads.
	 * @return the loads of the related rows' relations
	 */
	public List<RelationLoadModel> children() {
		return this.children;
	}

	/**
	 * Returns the aggregates requested on the related rows.
	 * @return the aggregates
	 */
	public List<AggregateModel> aggregates() {
		return this.aggregates;
	}

	/**
	 * Tells whether the relation query has conditions.
	 * @return whether there is a filter
	 */
	public boolean hasConditions() {
		return !this.where.isEmpty();
	}

	/**
	 * Returns the relation query's where clauses, the scopes on the target included.
	 * @return the clauses
	 */
	public List<Clause> where() {
		return this.where;
	}

	/**
	 * Returns the relation query's orderings in the order they were given.
	 * @return the orderings
	 */
	public List<Ordering> orderings() {
		return this.orderings;
	}

	@Override
	public String toString() {
		return "load " + this.path + " (" + this.options.getStrategy().label() + ")";
	}

}
