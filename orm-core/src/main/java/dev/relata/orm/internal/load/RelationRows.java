package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The rows one relation load read, in the order they came, each key once: the parents of
 * the next level. Rows that may repeat (a many-to-many target under several parents, a
 * joined relation repeated by another join) are found by key; rows known to come once
 * (see {@link #append}) skip the index.
 */
final class RelationRows {

	private final List<RowNode> rows = new ArrayList<>();

	private final Map<Object, RowNode> byKey = new HashMap<>();

	/**
	 * Returns the row read with a key.
	 * @param key the normalized key
	 * @return the row, or {@code null}
	 */
	@Nullable RowNode get(Object key) {
		return this.byKey.get(key);
	}

	/**
	 * Adds a row that may come again, found later by {@link #get}.
	 * @param key the normalized key
	 * @param row the row
	 */
	void put(Object key, RowNode row) {
		this.byKey.put(key, row);
		this.rows.add(row);
	}

	/**
	 * Adds a row that the statement returns once and no other statement returns: a
	 * batched hasMany, hasOne or belongsTo target without a joined relation that repeats
	 * it.
	 * @param row the row
	 */
	void append(RowNode row) {
		this.rows.add(row);
	}

	/**
	 * Returns every row, in the order they were added.
	 * @return the rows
	 */
	List<RowNode> values() {
		return this.rows;
	}

}
