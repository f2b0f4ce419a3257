package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.plan.JoinGroup;
import dev.relata.orm.internal.plan.LoadPlan;
import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.internal.query.RelationLoadModel;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Decides, before any SQL runs, how each relation of a query is loaded: explicit
 * strategies are obeyed (or refused, naming the alternative), AUTO follows
 * {@link AutoStrategyRules} with the parent bound the query's shape gives, and the
 * relations that repeat rows joined into one statement form a chain (each joined under
 * the one before, as artist -&gt; albums -&gt; tracks): a second branch that repeats rows
 * would multiply the rows of the first (the cartesian guard).
 */
final class LoadPlanner {

	private final LoadSettings settings;

	private final QueryModel<?> query;

	private final boolean streaming;

	/**
	 * Whether the dialect reads per-parent pages in a statement per parent: AUTO's reason
	 * then says so.
	 */
	private final boolean perParentStatements;

	private final List<JoinGroup> groups = new ArrayList<>();

	private int aliases;

	private LoadPlanner(QueryModel<?> query, LoadSettings settings, Dialect dialect, boolean streaming) {
		this.query = query;
		this.settings = settings;
		this.streaming = streaming;
		this.perParentStatements = dialect.prefersPerParentStatements() && !dialect.supportsLateral();
	}

	static LoadPlan plan(QueryModel<?> query, LoadSettings settings, Dialect dialect, boolean streaming) {
		return new LoadPlanner(query, settings, dialect, streaming).plan();
	}

	private LoadPlan plan() {
		JoinGroup root = new JoinGroup();
		this.groups.add(root);
		List<PlannedLoad> loads = new ArrayList<>();
		List<RelationLoadModel> requested = this.query.loads();
		for (int i = 0; i < requested.size(); i++) {
			loads.add(plan(requested.get(i), 1, this.query.rowBound(), root, i, null));
		}
		return new LoadPlan(this.query, root, loads, List.copyOf(this.groups));
	}

	private PlannedLoad plan(RelationLoadModel load, int level, @Nullable Long parentBound, JoinGroup parentGroup,
			int slotPosition, @Nullable PlannedLoad parent) {
		Relation relation = load.relation();
		if (relation.slot().isEmpty()) {
			throw new OrmUsageException(relation.source().name() + " has no property '" + relation.name()
					+ "' to hold the loaded relation; add "
					+ (relation.toMany() ? "List<" + relation.target().name() + ">" : relation.target().name()) + " "
					+ relation.name() + " to " + relation.source().name());
		}
		LoadStrategy requested = requested(load);
		AutoStrategyRules.Decision decision = decide(load, level, parentBound, parentGroup, parent, requested);
		boolean joined = decision.strategy() == LoadStrategy.JOIN;
		JoinGroup group = joined ? parentGroup : new JoinGroup();
		PlannedLoad planned = new PlannedLoad(load, level, decision.strategy(), decision.reason(), parentBound,
				"t" + (++this.aliases), slotPosition, group, parent);
		if (joined) {
			parentGroup.joined.add(planned);
		}
		else {
			group.anchor = planned;
			this.groups.add(group);
		}
		Long childBound = childBound(load, parentBound);
		List<RelationLoadModel> children = load.children();
		for (int i = 0; i < children.size(); i++) {
			planned.children.add(plan(children.get(i), level + 1, childBound, group, i, planned));
		}
		return planned;
	}

	private LoadStrategy requested(RelationLoadModel load) {
		LoadStrategy requested = load.options().getStrategy();
		return (requested == LoadStrategy.AUTO) ? this.settings.defaultStrategy() : requested;
	}

	private AutoStrategyRules.Decision decide(RelationLoadModel load, int level, @Nullable Long parentBound,
			JoinGroup group, @Nullable PlannedLoad parent, LoadStrategy requested) {
		Relation relation = load.relation();
		boolean multiplies = PlannedLoad.repeatsRows(relation);
		boolean lockedRoot = group.root() && this.query.locked();
		boolean streamedRoot = group.root() && this.streaming;
		if (relation.loadsPerType()) {
			if (requested == LoadStrategy.JOIN) {
				throw refused(load, "a morphTo reads one statement per type found among the parents");
			}
			return new AutoStrategyRules.Decision(LoadStrategy.BATCHED, LoadReason.MORPH_TO);
		}
		if (requested == LoadStrategy.BATCHED) {
			return new AutoStrategyRules.Decision(LoadStrategy.BATCHED, LoadReason.EXPLICIT);
		}
		if (requested == LoadStrategy.JOIN) {
			if (lockedRoot) {
				throw refused(load, "the query locks its rows (lock()), and a row lock cannot be combined with outer "
						+ "joins on every database");
			}
			if (streamedRoot) {
				throw refused(load, "stream() loads relations a chunk of parents at a time");
			}
			PlannedLoad branch = multiplies ? group.multiplyingJoinOffChain(parent) : null;
			if (branch != null) {
				throw refused(load,
						"its statement already joins " + branch.load.path()
								+ ", and Relata joins relations that repeat rows into one statement only as a chain, "
								+ "each under the one before (two side by side multiply the rows read)");
			}
			return new AutoStrategyRules.Decision(LoadStrategy.JOIN, LoadReason.EXPLICIT);
		}
		if (lockedRoot) {
			return new AutoStrategyRules.Decision(LoadStrategy.BATCHED, LoadReason.LOCKED_PARENTS);
		}
		if (streamedRoot) {
			return new AutoStrategyRules.Decision(LoadStrategy.BATCHED, LoadReason.STREAMED_PARENTS);
		}
		AutoStrategyRules.Decision decision = AutoStrategyRules.decide(relation.kind(), load.pagedPerParent(),
				parentBound, this.settings, this.perParentStatements);
		if (decision.strategy() == LoadStrategy.JOIN && multiplies && group.multiplyingJoinOffChain(parent) != null) {
			return new AutoStrategyRules.Decision(LoadStrategy.BATCHED, LoadReason.CARTESIAN_GUARD);
		}
		return decision;
	}

	private static OrmUsageException refused(RelationLoadModel load, String why) {
		return new OrmUsageException("Cannot JOIN " + load.path() + " (" + load.relation().qualifiedName() + "): " + why
				+ "; load it with LoadOptions.batched() (or leave the strategy to AUTO)");
	}

	private static @Nullable Long childBound(RelationLoadModel load, @Nullable Long parentBound) {
		if (!load.relation().toMany()) {
			return parentBound;
		}
		Long limit = load.limit();
		if (parentBound == null || limit == null) {
			return null;
		}
		return parentBound * limit;
	}

}
