package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Join;
import dev.relata.orm.internal.sql.JoinType;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import org.jspecify.annotations.Nullable;

/**
 * A select of a relation's rows correlated to a parent row: the shape shared by
 * aggregates ({@code (SELECT COUNT(*) ...)}) and existence filters
 * ({@code EXISTS (SELECT 1 ...)}). A many-to-many goes through its join model.
 */
final class RelationSubquery {

	private RelationSubquery() {
	}

	/**
	 * {@code SELECT items FROM target alias [JOIN through ...] WHERE alias.key = parent.key [AND filter]}.
	 * @param relation the relation
	 * @param parentAlias the alias of the parent row's table
	 * @param alias the alias of the related table
	 * @param items what to select
	 * @param filter conditions on the related rows, or {@code null}
	 * @return the correlated select
	 */
	static Select of(Relation relation, String parentAlias, String alias, List<SelectItem> items,
			@Nullable Condition filter) {
		List<Join> joins = new ArrayList<>();
		ColumnRef parentKey = ConditionCompiler.column(relation.sourceKey(), parentAlias);
		Condition correlation;
		if (relation.throughJoinModel()) {
			String joinAlias = alias + "j";
			joins.add(
					new Join(JoinType.INNER, QueryCompiler.table(relation.through().orElseThrow(), joinAlias),
							MorphConditions.and(
									new Comparison(
											ConditionCompiler.column(relation.throughTargetKey().orElseThrow(),
													joinAlias),
											ComparisonOperator.EQ,
											ConditionCompiler.column(relation.targetKey(), alias)),
									MorphConditions.onJoinRows(relation, joinAlias))));
			correlation = new Comparison(ConditionCompiler.column(relation.throughSourceKey().orElseThrow(), joinAlias),
					ComparisonOperator.EQ, parentKey);
		}
		else {
			correlation = new Comparison(ConditionCompiler.column(relation.targetKey(), alias), ComparisonOperator.EQ,
					parentKey);
		}
		Condition where = (filter == null) ? correlation : Condition.and(correlation, filter);
		return Select.builder()
			.select(items)
			.from(QueryCompiler.table(relation.target(), alias))
			.joins(joins)
			.where(where)
			.build();
	}

}
