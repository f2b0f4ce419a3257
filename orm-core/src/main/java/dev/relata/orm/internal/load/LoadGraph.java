package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The rows of one load, stitched as they are read: the root rows, each relation's rows by
 * key, and every child attached to its parents' slots. Reading the statements is
 * {@link LoadExecution}'s job and building instances {@link GraphInstances}'.
 */
final class LoadGraph {

	private final Map<PlannedLoad, RelationRows> rows = new IdentityHashMap<>();

	private final Map<PlannedLoad, Segment> segments = new IdentityHashMap<>();

	private final List<RowNode> roots = new ArrayList<>();

	private final Segment rootSegment;

	private final int rootSlots;

	/**
	 * @param rootSegment the columns of the root model in the root statement
	 * @param rootSlots the number of relations loaded on the root
	 */
	LoadGraph(Segment rootSegment, int rootSlots) {
		this.rootSegment = rootSegment;
		this.rootSlots = rootSlots;
	}

	/**
	 * Makes room for the rows of a relation load.
	 * @param load the relation load
	 * @param segment its columns in the statement that reads it, {@code null} for a
	 * morphTo (read by {@link MorphToLoader})
	 */
	void register(PlannedLoad load, @Nullable Segment segment) {
		this.rows.put(load, new RelationRows());
		if (segment != null) {
			this.segments.put(load, segment);
		}
	}

	List<RowNode> roots() {
		return this.roots;
	}

	Segment rootSegment() {
		return this.rootSegment;
	}

	Segment segment(PlannedLoad load) {
		return this.segments.get(load);
	}

	/**
	 * Adds root rows (one per root key when relations are joined into the root statement)
	 * and attaches the joined relations' rows.
	 */
	void addRoots(LoadStatement root, List<Object[]> rows) {
		Map<Object, RowNode> byKey = root.group.joined.isEmpty() ? null : new HashMap<>();
		for (Object[] row : rows) {
			RowNode loaded;
			if (byKey == null) {
				loaded = new RowNode(this.rootSegment.slice(row), this.rootSlots);
				this.roots.add(loaded);
			}
			else {
				Object key = this.rootSegment.key(row);
				loaded = byKey.get(key);
				if (loaded == null) {
					loaded = new RowNode(this.rootSegment.slice(row), this.rootSlots);
					byKey.put(key, loaded);
					this.roots.add(loaded);
				}
			}
			attachJoined(root, row, loaded);
		}
	}

	/** The rows a relation load hangs off: the roots, or its parent load's rows. */
	Iterable<RowNode> parentRows(PlannedLoad load) {
		return (load.parent == null) ? this.roots : this.rows.get(load.parent).values();
	}

	/** The columns of the rows a relation load hangs off. */
	Segment parentSegment(PlannedLoad load) {
		return (load.parent == null) ? this.rootSegment : this.segments.get(load.parent);
	}

	/**
	 * The parents of a relation load by their normalized source key; parents without one
	 * are left out.
	 */
	ParentIndex parents(PlannedLoad load) {
		int position = parentSegment(load).positionOf(load.relation().sourceKey());
		ParentIndex parents = new ParentIndex();
		for (RowNode parent : parentRows(load)) {
			Object key = parent.values[position];
			if (key != null) {
				parents.add(Keys.normalize(key), parent);
			}
		}
		return parents;
	}

	/** Takes the rows of a batched statement as they are read and stitches them. */
	Consumer<Object[]> batchedRows(LoadStatement statement, ParentIndex parents) {
		return new BatchedRows(statement, this.rows.get(statement.group.anchor), parents);
	}

	/**
	 * Attaches the rows of the relations joined into a statement, for one result row.
	 */
	private void attachJoined(LoadStatement statement, Object[] row, RowNode anchorRow) {
		List<PlannedLoad> joined = statement.group.joined;
		if (joined.isEmpty()) {
			return;
		}
		RowNode[] resolved = new RowNode[joined.size()];
		for (int j = 0; j < joined.size(); j++) {
			PlannedLoad load = joined.get(j);
			int parentIndex = statement.joinedParents[j];
			RowNode parent = (parentIndex < 0) ? anchorRow : resolved[parentIndex];
			if (parent == null) {
				continue;
			}
			Segment segment = statement.segments.get(j + 1);
			Object key = segment.key(row);
			if (key == null) {
				continue;
			}
			RelationRows loaded = this.rows.get(load);
			RowNode child = loaded.get(key);
			if (child == null) {
				child = new RowNode(segment.slice(row), load.children.size());
				loaded.put(key, child);
			}
			parent.attach(load.slotPosition, child, load.relation().toMany());
			resolved[j] = child;
		}
	}

	/**
	 * Takes the rows of one batched statement as they are read: keeps each target row (by
	 * key, unless it can only come once), attaches it to every parent with the matched
	 * key, and attaches the relations joined into the statement.
	 */
	private final class BatchedRows implements Consumer<Object[]> {

		private final LoadStatement statement;

		private final PlannedLoad anchor;

		private final Segment segment;

		private final RelationRows rows;

		private final ParentIndex parents;

		/**
		 * Whether each target row comes once: not when several parents share it (a pivot)
		 * or a joined relation repeats it.
		 */
		private final boolean once;

		private final boolean toMany;

		BatchedRows(LoadStatement statement, RelationRows rows, ParentIndex parents) {
			this.statement = statement;
			this.anchor = statement.group.anchor;
			this.segment = statement.segments.get(0);
			this.rows = rows;
			this.parents = parents;
			this.once = !this.anchor.relation().throughJoinModel() && !statement.group.hasMultiplyingJoin();
			this.toMany = this.anchor.relation().toMany();
		}

		@Override
		public void accept(Object[] row) {
			RowNode child;
			if (this.once) {
				child = new RowNode(this.segment.slice(row), this.anchor.children.size());
				this.rows.append(child);
			}
			else {
				Object key = this.segment.key(row);
				child = this.rows.get(key);
				if (child == null) {
					child = new RowNode(this.segment.slice(row), this.anchor.children.size());
					this.rows.put(key, child);
				}
			}
			this.parents.attach(Keys.normalize(row[this.statement.parentKeyPosition]), this.anchor.slotPosition, child,
					this.toMany);
			attachJoined(this.statement, row, child);
		}

	}

}
