package dev.relata.orm.load;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One row of a load, held as column values plus its relation slots until every level is
 * fetched; then built into an instance once. Rows of one relation are shared per key
 * within a load, so a to-one target is one instance however many parents point at it.
 */
final class LoadedRow {

	final Object[] values;

	/**
	 * Per child load: a {@code Set<LoadedRow>} (to-many, in row order) or a
	 * {@code LoadedRow}.
	 */
	final @Nullable Object[] slots;

	@Nullable Object instance;

	LoadedRow(Object[] values, int childLoads) {
		this.values = values;
		this.slots = new Object[childLoads];
	}

	@SuppressWarnings("unchecked")
	void attach(int position, LoadedRow child, boolean toMany) {
		if (toMany) {
			Set<LoadedRow> children = (Set<LoadedRow>) this.slots[position];
			if (children == null) {
				children = new LinkedHashSet<>();
				this.slots[position] = children;
			}
			children.add(child);
		}
		else if (this.slots[position] == null) {
			this.slots[position] = child;
		}
	}

}
