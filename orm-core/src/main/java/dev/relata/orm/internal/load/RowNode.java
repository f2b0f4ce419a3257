package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a load, held as column values plus its relation slots until every level is
 * fetched; then built into an instance once. Rows of one relation are shared per key
 * within a load, so a to-one target is one instance however many parents point at it.
 * <p>
 * A to-many slot collects its children in row order as they come, repeats included (a
 * joined parent row repeats once per row of another joined relation, a pivot may hold a
 * pair twice); the build keeps each child's first occurrence only, through {@link #mark},
 * without a set per parent.
 */
final class RowNode {

	private static final Object[] NO_SLOTS = new Object[0];

	final Object[] values;

	/**
	 * Per child load: a {@code List<RowNode>} (to-many, in row order, repeats included)
	 * or a {@code RowNode}.
	 */
	final @Nullable Object[] slots;

	@Nullable Object instance;

	/**
	 * The last build pass that took this row into a to-many list: lets a pass skip a
	 * repeated child in constant time.
	 */
	int mark;

	RowNode(Object[] values, int childLoads) {
		this.values = values;
		this.slots = (childLoads != 0) ? new Object[childLoads] : NO_SLOTS;
	}

	@SuppressWarnings("unchecked")
	void attach(int position, RowNode child, boolean toMany) {
		if (toMany) {
			List<RowNode> children = (List<RowNode>) this.slots[position];
			if (children == null) {
				children = new ArrayList<>();
				this.slots[position] = children;
			}
			else if (children.get(children.size() - 1) == child) {
				// The same child again on the next row: a joined chain repeats it once
				// per row at the chain's end.
				return;
			}
			children.add(child);
		}
		else if (this.slots[position] == null) {
			this.slots[position] = child;
		}
	}

}
