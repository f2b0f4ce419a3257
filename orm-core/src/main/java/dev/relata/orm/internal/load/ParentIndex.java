package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parents of one relation load by their normalized key, in the order they were read.
 * Usually a key has one parent, which is then held as is; only a shared key (the posts of
 * one author under a belongsTo) costs a list. Both shapes stay inside this class.
 */
final class ParentIndex {

	private final Map<Object, Object> byKey = new LinkedHashMap<>();

	void add(Object normalizedKey, RowNode parent) {
		this.byKey.merge(normalizedKey, parent, ParentIndex::withParent);
	}

	boolean isEmpty() {
		return this.byKey.isEmpty();
	}

	Set<Object> keys() {
		return this.byKey.keySet();
	}

	/**
	 * Attaches a child to the slot of every parent with the key; no parent, nothing
	 * attached.
	 */
	@SuppressWarnings("unchecked")
	void attach(Object normalizedKey, int slotPosition, RowNode child, boolean toMany) {
		Object parents = this.byKey.get(normalizedKey);
		if (parents instanceof RowNode parent) {
			parent.attach(slotPosition, child, toMany);
		}
		else if (parents != null) {
			for (RowNode parent : (List<RowNode>) parents) {
				parent.attach(slotPosition, child, toMany);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Object withParent(Object parents, Object parent) {
		if (parents instanceof RowNode single) {
			List<RowNode> several = new ArrayList<>(4);
			several.add(single);
			several.add((RowNode) parent);
			return several;
		}
		((List<RowNode>) parents).add((RowNode) parent);
		return parents;
	}

}
