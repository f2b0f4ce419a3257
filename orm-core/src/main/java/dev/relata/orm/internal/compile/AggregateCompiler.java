package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.CountAll;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.FunctionCall;
import dev.relata.orm.internal.sql.ScalarSubquery;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.SqlFunction;
import dev.relata.orm.internal.query.AggregateFunction;
import dev.relata.orm.internal.query.AggregateModel;

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
		ModelProperty property = aggregate.property();
		Expression value = (property == null) ? new CountAll()
				: new FunctionCall(function(aggregate.function()), List.of(ConditionCompiler.column(property, alias)));
		return new ScalarSubquery(RelationSubquery.of(aggregate.relation(), parentAlias, alias,
				List.of(new SelectItem(value, null)), ConditionCompiler.compile(aggregate.filter(), alias)));
	}

	private static SqlFunction function(AggregateFunction function) {
		return switch (function) {
			case COUNT -> SqlFunction.COUNT;
			case MAX -> SqlFunction.MAX;
			case MIN -> SqlFunction.MIN;
			case SUM -> SqlFunction.SUM;
			case AVG -> SqlFunction.AVG;
		};
	}

}
