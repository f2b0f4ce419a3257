package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One statement of a load: its anchor (the root query, or a BATCHED relation) and the
 * relations JOINed into it, depth first. The joined relations that repeat rows form one
 * chain, each under the one before (the cartesian guard): a chain repeats a row once per
 * row at its end, two branches would repeat it once per pair.
 */
final class JoinGroup {

	/** The BATCHED relation this statement loads, or {@code null} for the root query. */
	@Nullable PlannedLoad anchor;

	final List<PlannedLoad> joined = new ArrayList<>();

	boolean hasMultiplyingJoin() {
		return this.joined.stream().anyMatch(PlannedLoad::multipliesRows);
	}

	/**
	 * Returns a joined relation that repeats rows and is not on the path from this
	 * statement's anchor to {@code parent}: the branch a relation that repeats rows,
	 * joined under {@code parent}, would multiply.
	 * @param parent the joined relation the new one goes under, or the anchor (or
	 * {@code null} for the root query)
	 * @return such a joined relation, or {@code null} when the new one extends the chain
	 */
	@Nullable PlannedLoad multiplyingJoinOffChain(@Nullable PlannedLoad parent) {
		for (PlannedLoad joined : this.joined) {
			if (joined.multipliesRows() && !isOnPathTo(joined, parent)) {
				return joined;
			}
		}
		return null;
	}

	private static boolean isOnPathTo(PlannedLoad joined, @Nullable PlannedLoad load) {
		for (PlannedLoad step = load; step != null; step = step.parent) {
			if (step == joined) {
				return true;
			}
		}
		return false;
	}

	boolean root() {
		return this.anchor == null;
	}

}
