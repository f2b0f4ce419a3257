package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.internal.query.AggregateModel;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where one model's values sit in a statement's rows: its selected columns then its
 * aggregates, from a start position, and the positions of the model's key. How the values
 * become instances is {@code internal.load}'s business.
 */
public final class Segment {

	public final @Nullable PlannedLoad load;

	public final EntityModel<?> model;

	public final List<ModelProperty> properties;

	public final int start;

	public final int[] keyPositions;

	private final List<Class<?>> columnTypes;

	/**
	 * Whether the statement reads this model only: its rows are this segment's values.
	 */
	public final boolean exclusive;

	Segment(@Nullable PlannedLoad load, EntityModel<?> model, List<ModelProperty> columns,
			List<AggregateModel> aggregates, int start, boolean exclusive) {
		this.load = load;
		this.exclusive = exclusive && start == 0;
		this.model = model;
		List<ModelProperty> properties = new ArrayList<>(columns);
		aggregates.forEach((aggregate) -> properties.add(aggregate.slot()));
		this.properties = List.copyOf(properties);
		List<Class<?>> types = new ArrayList<>(this.properties.size());
		for (ModelProperty property : this.properties) {
			types.add(property.columnType());
		}
		this.columnTypes = List.copyOf(types);
		this.start = start;
		this.keyPositions = new int[model.keys().size()];
		for (int i = 0; i < this.keyPositions.length; i++) {
			this.keyPositions[i] = positionOf(model.keys().get(i));
		}
	}

	public int width() {
		return this.properties.size();
	}

	/**
	 * Returns the position of a property inside this segment's values.
	 */
	public int positionOf(ModelProperty property) {
		int position = this.properties.indexOf(property);
		if (position < 0) {
			throw new IllegalStateException(property.qualifiedName() + " is not read by this statement");
		}
		return position;
	}

	public Object[] slice(Object[] row) {
		if (this.exclusive) {
			// The statement reads this model only: each row is a fresh array (read as
			// wide as the model's row factory builds in place), so keep it.
			return row;
		}
		Object[] values = new Object[this.properties.size()];
		System.arraycopy(row, this.start, values, 0, values.length);
		return values;
	}

	public List<Class<?>> columnTypes() {
		return this.columnTypes;
	}

}
