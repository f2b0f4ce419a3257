package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.compile.Segment;
import dev.relata.orm.internal.jdbc.EntityRowFactory;
import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * How the values of one {@link Segment} become instances: the model's row factory and
 * where each loaded relation goes among its slots, plus the segment's key for stitching.
 * What the statement reads and where is the segment's (from {@code internal.compile}).
 */
final class SegmentReader {

	final Segment segment;

	final EntityRowFactory<?> factory;

	final int[] slotIndexes;

	/**
	 * @param segment the columns of one model in a statement's rows
	 * @param children the relations loaded on that model, in slot order
	 */
	SegmentReader(Segment segment, List<PlannedLoad> children) {
		this.segment = segment;
		this.factory = EntityRowFactory.of(segment.model, segment.properties);
		this.slotIndexes = new int[children.size()];
		for (int i = 0; i < children.size(); i++) {
			this.slotIndexes[i] = children.get(i).slot().index();
		}
	}

	/**
	 * Returns the position of a property inside this segment's values.
	 */
	int positionOf(ModelProperty property) {
		return this.segment.positionOf(property);
	}

	Object[] slice(Object[] row) {
		return this.segment.slice(row);
	}

	/**
	 * Returns how wide to read the rows of a statement starting with this segment (see
	 * {@code StatementExecutor.queryRows(statement, columnTypes, width)}): as wide as the
	 * factory builds in place when the statement reads this model only, else exactly the
	 * columns.
	 * @param columns the number of columns the statement reads
	 * @return the row width, at least the number of columns
	 */
	int rowWidth(int columns) {
		return this.segment.exclusive ? Math.max(this.factory.width(), columns) : columns;
	}

	/**
	 * Returns the row's key for this segment, normalized, or {@code null} when the row
	 * has no such model (a LEFT JOIN without a match).
	 */
	@Nullable Object key(Object[] row) {
		int start = this.segment.start;
		int[] keyPositions = this.segment.keyPositions;
		if (keyPositions.length == 1) {
			Object value = row[start + keyPositions[0]];
			return (value != null) ? Keys.normalize(value) : null;
		}
		List<Object> parts = new ArrayList<>(keyPositions.length);
		for (int position : keyPositions) {
			Object value = row[start + position];
			if (value == null) {
				return null;
			}
			parts.add(Keys.normalize(value));
		}
		return parts;
	}

}
