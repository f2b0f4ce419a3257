package dev.relata.orm.internal.load;

import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.schema.RelationKind;
import org.jspecify.annotations.Nullable;

/**
 * The AUTO rules, per relation and level, first match wins: a to-many relation paged per
 * parent is BATCHED (one statement per parent where the dialect prefers it); a single
 * parent is JOINed; a many-to-many with at most {@code manyToManyJoinMaxParents} parents
 * is JOINed; any relation with at most {@code joinMaxParents} parents is JOINed;
 * otherwise BATCHED. The parent count is the bound the query gives before any SQL runs;
 * without a bound no count rule matches.
 */
final class AutoStrategyRules {

	private AutoStrategyRules() {
	}

	static Decision decide(RelationKind kind, boolean pagedPerParent, @Nullable Long parentBound, LoadSettings settings,
			boolean perParentStatements) {
		if (kind.toMany() && pagedPerParent) {
			return new Decision(LoadStrategy.BATCHED,
					perParentStatements ? LoadReason.PER_PARENT_STATEMENTS : LoadReason.TO_MANY_WITH_LIMIT);
		}
		if (parentBound == null) {
			return new Decision(LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET);
		}
		if (parentBound <= 1) {
			return new Decision(LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
		}
		if (kind.throughJoinModel() && parentBound <= settings.manyToManyJoinMaxParents()) {
			return new Decision(LoadStrategy.JOIN, LoadReason.SMALL_MANY_TO_MANY);
		}
		if (parentBound <= settings.joinMaxParents()) {
			return new Decision(LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
		}
		return new Decision(LoadStrategy.BATCHED, LoadReason.LARGE_PARENT_SET);
	}

	/**
	 * A strategy and why.
	 *
	 * @param strategy JOIN or BATCHED
	 * @param reason the reason code
	 */
	record Decision(LoadStrategy strategy, LoadReason reason) {
	}

}
