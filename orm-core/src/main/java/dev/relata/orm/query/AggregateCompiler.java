package dev.relata.orm.query;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.RelationKind;
import dev.relata.orm.sql.ColumnRef;
import dev.relata.orm.sql.Comparison;
import dev.relata.orm.sql.ComparisonOperator;
import dev.relata.orm.sql.Condition;
import dev.relata.orm.sql.CountAll;
import dev.relata.orm.sql.Expression;
import dev.relata.orm.sql.FunctionCall;
import dev.relata.orm.sql.Join;
import dev.relata.orm.sql.JoinType;
import dev.relata.orm.sql.ScalarSubquery;
import dev.relata.orm.sql.Select;
import dev.relata.orm.sql.SelectItem;
import dev.relata.orm.sql.TableRef;

/**
 * Compiles aggregates into correlated scalar subqueries of the parent's select:
 * {@code (SELECT COUNT(*) FROM posts g0 WHERE g0.user_id = t0.id AND ...)}.
 */
public final class AggregateCompiler {

	private AggregateCompiler() {
	}

	/**
	 * Returns one select item per aggregate, in order, correlated to the parent's alias.
	 * @param aggregates the aggregates
	 * @param parentAlias the alias of the parent table in the enclosing select
	 * @return the select items
	 */
	public static List<SelectItem> items(List<AggregateModel> aggregates, String parentAlias) {
		List<SelectItem> items = new ArrayList<>(aggregates.size());
		for (int i = 0; i < aggregates.size(); i++) {
			items.add(new SelectItem(subquery(aggregates.get(i), parentAlias, "g" + parentAlias + "_" + i), null));
		}
		return items;
	}

	private static Expression subquery(AggregateModel aggregate, String parentAlias, String alias) {
		Relation relation = aggregate.relation();
		ModelProperty property = aggregate.property();
		Expression value = (property == null) ? new CountAll() : new FunctionCall(aggregate.function().sqlFunction(),
				List.of(ConditionCompiler.column(property, alias)));
		List<Join> joins = new ArrayList<>();
		Condition correlation;
		ColumnRef parentKey = ConditionCompiler.column(relation.sourceKey(), parentAlias);
		if (relation.kind() == RelationKind.MANY_TO_MANY) {
			String joinAlias = alias + "j";
			joins.add(new Join(JoinType.INNER, QueryCompiler.table(relation.through().orElseThrow(), joinAlias),
					new Comparison(ConditionCompiler.column(relation.throughTargetKey().orElseThrow(), joinAlias),
							ComparisonOperator.EQ, ConditionCompiler.column(relation.targetKey(), alias))));
			correlation = new Comparison(ConditionCompiler.column(relation.throughSourceKey().orElseThrow(), joinAlias),
					ComparisonOperator.EQ, parentKey);
		}
		else {
			correlation = new Comparison(ConditionCompiler.column(relation.targetKey(), alias), ComparisonOperator.EQ,
					parentKey);
		}
		Condition filter = aggregate.filter(alias);
		Condition where = (filter == null) ? correlation : Condition.and(correlation, filter);
		TableRef from = QueryCompiler.table(relation.target(), alias);
		Select select = new Select(List.of(), false, List.of(new SelectItem(value, null)), from, joins, where,
				List.of(), null, List.of(), null, null, false);
		return new ScalarSubquery(select);
	}

}
