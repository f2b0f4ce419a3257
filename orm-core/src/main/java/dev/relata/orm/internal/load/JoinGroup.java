package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One statement of a load: its anchor (the root query, or a BATCHED relation) and the
 * relations JOINed into it, depth first. At most one joined relation may repeat rows (the
 * cartesian guard).
 */
final class JoinGroup {

	/** The BATCHED relation this statement loads, or {@code null} for the root query. */
	@Nullable PlannedLoad anchor;

	final List<PlannedLoad> joined = new ArrayList<>();

	boolean hasMultiplyingJoin() {
		return this.joined.stream().anyMatch(PlannedLoad::multipliesRows);
	}

	boolean root() {
		return this.anchor == null;
	}

}
