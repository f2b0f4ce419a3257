package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.internal.query.RelationLoadModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.internal.compile.QueryCompiler;

/**
 * One relation load with its decided strategy, its place in the statements, and its
 * nested loads. Plain data built by the {@link LoadPlanner}.
 */
final class PlannedLoad {

	final RelationLoadModel load;

	final int level;

	final LoadStrategy strategy;

	final LoadReason reason;

	final @Nullable Long parentBound;

	/** The alias of the related table, unique in the plan. */
	final String alias;

	/** The position of this load among its parent's slots. */
	final int slotPosition;

	final JoinGroup group;

	/**
	 * The load whose rows are this load's parents, or {@code null} for the root query's
	 * rows.
	 */
	final @Nullable PlannedLoad parent;

	final List<PlannedLoad> children = new ArrayList<>();

	PlannedLoad(RelationLoadModel load, int level, LoadStrategy strategy, LoadReason reason, @Nullable Long parentBound,
			String alias, int slotPosition, JoinGroup group, @Nullable PlannedLoad parent) {
		this.parent = parent;
		this.load = load;
		this.level = level;
		this.strategy = strategy;
		this.reason = reason;
		this.parentBound = parentBound;
		this.alias = alias;
		this.slotPosition = slotPosition;
		this.group = group;
	}

	Relation relation() {
		return this.load.relation();
	}

	ModelProperty slot() {
		return relation().slot().orElseThrow();
	}

	/** The alias of the parent rows' table: the parent load's, or the root's. */
	String parentAlias() {
		return (this.parent != null) ? this.parent.alias : QueryCompiler.ROOT_ALIAS;
	}

	boolean paged() {
		return this.load.pagedPerParent();
	}

	boolean joined() {
		return this.strategy == LoadStrategy.JOIN;
	}

	/**
	 * Tells whether joining this relation can repeat its parent's row.
	 */
	boolean multipliesRows() {
		return repeatsRows(relation());
	}

	/**
	 * Tells whether joining a relation can repeat its parent's row: to-many relations,
	 * and a hasOne or morphOne whose foreign key is not unique.
	 */
	static boolean repeatsRows(Relation relation) {
		return relation.joinRepeatsParentRows();
	}

	/**
	 * The strategy the user asked for: the one that runs when it was explicit, else the
	 * load options' (AUTO).
	 */
	LoadStrategy requested() {
		return (this.reason == LoadReason.EXPLICIT) ? this.strategy : this.load.options().getStrategy();
	}

}
