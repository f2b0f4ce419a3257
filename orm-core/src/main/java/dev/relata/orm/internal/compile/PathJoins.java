package dev.relata.orm.internal.compile;

import java.util.List;

import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.Join;
import dev.relata.orm.internal.sql.JoinType;
import dev.relata.orm.schema.PathStep;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * The joins along a relation's {@link dev.relata.orm.schema.RelationPath}, whatever its
 * kind: the tables between the target and the column matched against the parents' keys,
 * each on its column pair and type condition. A table before the target is aliased as the
 * one after it plus {@code j}.
 */
final class PathJoins {

	private PathJoins() {
	}

	/**
	 * Adds the inner joins from the target's rows back to the column matched against the
	 * parents' keys (none for a direct foreign key, the join model for a manyToMany).
	 * @param relation the relation
	 * @param alias the alias of the target
	 * @param joins takes the joins
	 * @return the matched column
	 */
	static ColumnRef toParentKey(Relation relation, String alias, List<Join> joins) {
		List<PathStep> steps = relation.path().steps();
		String current = alias;
		for (int i = steps.size() - 1; i > 0; i--) {
			PathStep step = steps.get(i);
			PathStep previous = steps.get(i - 1);
			String previousAlias = current + "j";
			joins.add(new Join(JoinType.INNER, QueryCompiler.table(previous.table(), previousAlias),
					MorphConditions.and(
							new Comparison(JoinClauses.column(previousAlias, step.parentColumn()),
									ComparisonOperator.EQ, JoinClauses.column(current, step.column())),
							type(previous, previousAlias))));
			current = previousAlias;
		}
		return JoinClauses.column(current, steps.get(0).column());
	}

	/**
	 * Adds the left joins from the parents' key to the target's rows, each table on its
	 * column pair, the target's also on {@code filter}.
	 * @param relation the relation
	 * @param parentKey the parents' key column
	 * @param alias the alias of the target
	 * @param filter the relation's condition on the target, or {@code null}
	 * @param joins takes the joins
	 */
	static void fromParentKey(Relation relation, Expression parentKey, String alias, @Nullable Condition filter,
			List<Join> joins) {
		List<PathStep> steps = relation.path().steps();
		Expression previous = parentKey;
		for (int i = 0; i < steps.size(); i++) {
			PathStep step = steps.get(i);
			boolean target = i == steps.size() - 1;
			String stepAlias = alias + "j".repeat(steps.size() - 1 - i);
			Comparison on = new Comparison(JoinClauses.column(stepAlias, step.column()), ComparisonOperator.EQ,
					previous);
			joins.add(new Join(JoinType.LEFT, QueryCompiler.table(step.table(), stepAlias),
					target ? JoinClauses.and(on, filter) : MorphConditions.and(on, type(step, stepAlias))));
			if (!target) {
				previous = JoinClauses.column(stepAlias, steps.get(i + 1).parentColumn());
			}
		}
	}

	/**
	 * The step's type condition on its rows, or {@code null}.
	 */
	static @Nullable Condition type(PathStep step, @Nullable String alias) {
		return step.type().map((type) -> MorphConditions.typeEquals(type, alias)).orElse(null);
	}

}
