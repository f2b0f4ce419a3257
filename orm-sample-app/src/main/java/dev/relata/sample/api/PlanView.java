package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.query.QueryPlan;

/**
 * A {@link QueryPlan} as JSON, with strategies and reasons as their lower-case codes.
 *
 * @param sql the root statement
 * @param bindCount the root statement's bind parameters
 * @param statements the number of statements the load runs at least
 * @param consistency how the statements see the database
 * @param relations one step per relation and level, depth first
 */
public record PlanView(String sql, int bindCount, int statements, String consistency, List<Step> relations) {

	/**
	 * Describes a plan.
	 * @param plan the plan from {@code explain()}
	 * @return its view
	 */
	public static PlanView of(QueryPlan plan) {
		return new PlanView(plan.sql(), plan.bindCount(), plan.statements(), plan.consistency(),
				plan.relations().stream().map(Step::of).toList());
	}

	/**
	 * How one relation is loaded.
	 *
	 * @param path the dotted relation path
	 * @param level 1 for relations of the root, 2 for theirs, ...
	 * @param kind the relation's kind, such as {@code hasMany}
	 * @param requested the strategy asked for: {@code auto}, {@code join} or
	 * {@code batched}
	 * @param strategy the strategy that runs: {@code join} or {@code batched}
	 * @param reason why, such as {@code small-parent-set}
	 * @param sql the statement that loads it (the parent's, for a join)
	 * @param bindCount that statement's bind parameters
	 * @param chunking how parent keys are sent, or how the join is made
	 */
	public record Step(String path, int level, String kind, String requested, String strategy, String reason,
			String sql, int bindCount, String chunking) {

		static Step of(QueryPlan.RelationStep step) {
			return new Step(step.path(), step.level(), step.kind(), step.requested().label(), step.strategy().label(),
					step.reason().code(), step.sql(), step.bindCount(), step.chunking());
		}

	}

}
