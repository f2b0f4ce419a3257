package dev.relata.orm.query;

import dev.relata.orm.internal.input.UserInput;
import java.util.List;

/**
 * The plan of a query as {@code explain()} shows it, without running anything: the root
 * statement and, per relation and level, the strategy, the reason, the SQL and how its
 * keys are chunked.
 *
 * @param sql the root statement
 * @param bindCount the number of bind parameters of the root statement
 * @param statements the number of statements the load runs at least (chunks may add more)
 * @param consistency how the statements of the load see the database
 * @param relations the relation loads, depth first
 */
public record QueryPlan(String sql, int bindCount, int statements, String consistency, List<RelationStep> relations) {

	/**
	 * Creates a plan, copying the steps.
	 */
	public QueryPlan {
		relations = List.copyOf(relations);
	}

	/**
	 * Returns the step of a relation path.
	 * @param path a dotted relation path, such as {@code posts.tags}
	 * @return the step
	 * @throws IllegalArgumentException when the plan has no such path
	 */
	public RelationStep relation(String path) {
		return this.relations.stream()
			.filter((step) -> step.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The plan has no relation " + UserInput.quote(path)
					+ "; it has: " + this.relations.stream().map(RelationStep::path).toList()));
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		text.append("query: ").append(this.sql).append(" [").append(this.bindCount).append(" binds]\n");
		text.append("statements: ").append(this.statements).append(", consistency: ").append(this.consistency);
		for (RelationStep step : this.relations) {
			text.append('\n').append("  ".repeat(step.level())).append(step);
		}
		return text.toString();
	}

	/**
	 * The plan of one relation at one level.
	 *
	 * @param path the dotted path
	 * @param level 1 for relations of the root, 2 for theirs, ...
	 * @param kind the relation kind label ({@code hasMany}, ...)
	 * @param requested the requested strategy
	 * @param strategy the strategy that runs (JOIN or BATCHED)
	 * @param reason why
	 * @param sql the statement that loads it: its own for BATCHED, the parent's for JOIN
	 * @param bindCount bind parameters of that statement (for BATCHED: with one key)
	 * @param chunking how parent keys are sent (BATCHED), or how the join is made (JOIN)
	 */
	public record RelationStep(String path, int level, String kind, LoadStrategy requested, LoadStrategy strategy,
			LoadReason reason, String sql, int bindCount, String chunking) {

		@Override
		public String toString() {
			return this.path + " (" + this.kind + "): " + this.strategy.label() + " [" + this.reason.code()
					+ (this.requested != LoadStrategy.AUTO ? ", requested " + this.requested.label() : "") + "] "
					+ this.chunking + (this.strategy == LoadStrategy.BATCHED ? ": " + this.sql : "");
		}

	}

}
