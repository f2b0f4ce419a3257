package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Builds the instances of a stitched {@link LoadGraph} bottom-up, each row once: children
 * first, relation slots filled (an unmodifiable list for a to-many, empty when none),
 * then the row's own instance through its segment's row factory.
 */
final class GraphInstances {

	private static final Object[] NO_VALUES = new Object[0];

	private final LoadGraph graph;

	/** Counts the to-many lists built, for {@link RowNode#mark}. */
	private int buildPass;

	GraphInstances(LoadGraph graph) {
		this.graph = graph;
	}

	/**
	 * Builds the root instances in row order.
	 * @param loads the relations loaded on the root
	 * @return the instances, an unmodifiable list
	 */
	<T> List<T> roots(List<PlannedLoad> loads) {
		Segment rootSegment = this.graph.rootSegment();
		List<T> result = new ArrayList<>(this.graph.roots().size());
		for (RowNode root : this.graph.roots()) {
			result.add(instance(root, rootSegment, loads));
		}
		return Collections.unmodifiableList(result);
	}

	@SuppressWarnings("unchecked")
	private <T> T instance(RowNode row, Segment segment, List<PlannedLoad> children) {
		if (row.instance == null) {
			Object[] slotValues = children.isEmpty() ? NO_VALUES : new Object[children.size()];
			for (int i = 0; i < slotValues.length; i++) {
				PlannedLoad child = children.get(i);
				Segment childSegment = this.graph.segment(child);
				Object slot = row.slots[i];
				if (child.relation().toMany()) {
					slotValues[i] = (slot != null) ? instances((List<RowNode>) slot, childSegment, child.children)
							: List.of();
				}
				else {
					slotValues[i] = (slot != null) ? instance((RowNode) slot, childSegment, child.children) : null;
				}
			}
			row.instance = segment.factory.create(row.values, segment.slotIndexes, slotValues);
		}
		return (T) row.instance;
	}

	/**
	 * Builds a to-many slot's children in row order, each child once (its first
	 * occurrence), as an unmodifiable list.
	 */
	private List<Object> instances(List<RowNode> rows, Segment segment, List<PlannedLoad> children) {
		int pass = ++this.buildPass;
		Object[] built = new Object[rows.size()];
		int count = 0;
		for (RowNode child : rows) {
			if (child.mark != pass) {
				child.mark = pass;
				built[count++] = child;
			}
		}
		for (int i = 0; i < count; i++) {
			built[i] = instance((RowNode) built[i], segment, children);
		}
		return Collections
			.unmodifiableList(Arrays.asList((count == built.length) ? built : Arrays.copyOf(built, count)));
	}

}
