package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.jdbc.EntityRowFactory;
import dev.relata.orm.internal.query.AggregateModel;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where one model's values sit in a statement's rows: its selected columns then its
 * aggregates, from a start position. Knows the positions of the model's key and builds
 * its instances.
 */
final class Segment {

	final @Nullable PlannedLoad load;

	final EntityModel<?> model;

	final List<ModelProperty> properties;

	final int start;

	final int[] keyPositions;

	final EntityRowFactory<?> factory;

	final int[] slotIndexes;

	/**
	 * Whether the statement reads this model only: its rows are this segment's values.
	 */
	final boolean exclusive;

	Segment(@Nullable PlannedLoad load, EntityModel<?> model, List<ModelProperty> columns,
			List<AggregateModel> aggregates, int start, List<PlannedLoad> children, boolean exclusive) {
		this.load = load;
		this.exclusive = exclusive && start == 0;
		this.model = model;
		List<ModelProperty> properties = new ArrayList<>(columns);
		aggregates.forEach((aggregate) -> properties.add(aggregate.slot()));
		this.properties = List.copyOf(properties);
		this.start = start;
		this.keyPositions = new int[model.keys().size()];
		for (int i = 0; i < this.keyPositions.length; i++) {
			this.keyPositions[i] = positionOf(model.keys().get(i));
		}
		this.factory = EntityRowFactory.of(model, this.properties);
		this.slotIndexes = new int[children.size()];
		for (int i = 0; i < children.size(); i++) {
			this.slotIndexes[i] = children.get(i).slot().index();
		}
	}

	int width() {
		return this.properties.size();
	}

	/**
	 * Returns the position of a property inside this segment's values.
	 */
	int positionOf(ModelProperty property) {
		int position = this.properties.indexOf(property);
		if (position < 0) {
			throw new IllegalStateException(property.qualifiedName() + " is not read by this statement");
		}
		return position;
	}

	Object[] slice(Object[] row) {
		if (this.exclusive) {
			// The statement reads this model only: each row is a fresh array (read as
			// wide as the model's factory builds in place), so keep it.
			return row;
		}
		Object[] values = new Object[this.properties.size()];
		System.arraycopy(row, this.start, values, 0, values.length);
		return values;
	}

	/**
	 * Returns the row's key for this segment, normalized, or {@code null} when the row
	 * has no such model (a LEFT JOIN without a match).
	 */
	@Nullable Object key(Object[] row) {
		if (this.keyPositions.length == 1) {
			Object value = row[this.start + this.keyPositions[0]];
			return (value != null) ? Keys.normalize(value) : null;
		}
		List<Object> parts = new ArrayList<>(this.keyPositions.length);
		for (int position : this.keyPositions) {
			Object value = row[this.start + position];
			if (value == null) {
				return null;
			}
			parts.add(Keys.normalize(value));
		}
		return parts;
	}

	List<Class<?>> columnTypes() {
		return this.properties.stream().<Class<?>>map(ModelProperty::columnType).toList();
	}

}
