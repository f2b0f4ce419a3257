package dev.relata.orm.internal.query;

import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * One requested aggregate ({@code withCount}, {@code withMax}, ...): computed as a
 * correlated subquery in the parent's select and read into an aggregate slot.
 */
public final class AggregateModel {

	private final Relation relation;

	private final AggregateFunction function;

	private final @Nullable ModelProperty property;

	private final List<Clause> filter;

	private final ModelProperty slot;

	AggregateModel(Relation relation, AggregateFunction function, @Nullable ModelProperty property, List<Clause> filter,
			ModelProperty slot) {
		this.relation = relation;
		this.function = function;
		this.property = property;
		this.filter = List.copyOf(filter);
		this.slot = slot;
	}

	/**
	 * Returns the aggregated relation.
	 * @return the relation
	 */
	public Relation relation() {
		return this.relation;
	}

	/**
	 * Returns the aggregate function.
	 * @return the function
	 */
	public AggregateFunction function() {
		return this.function;
	}

	/**
	 * Returns the related property aggregated.
	 * @return the property, or {@code null} for {@code COUNT(*)}
	 */
	public @Nullable ModelProperty property() {
		return this.property;
	}

	/**
	 * Returns the aggregate slot of the parent that receives the value.
	 * @return the slot
	 */
	public ModelProperty slot() {
		return this.slot;
	}

	/**
	 * Returns the filter on the related rows, the scopes on the target included.
	 * @return the clauses
	 */
	public List<Clause> filter() {
		return this.filter;
	}

}
