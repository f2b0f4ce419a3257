package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.query.Clause.Compare;
import dev.relata.orm.internal.query.Clause.Group;
import dev.relata.orm.internal.query.Clause.In;
import dev.relata.orm.internal.query.Clause.NullTest;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.And;
import dev.relata.orm.internal.sql.ArrayContains;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Constant;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.Or;
import dev.relata.orm.internal.sql.CountAll;
import dev.relata.orm.internal.sql.Exists;
import dev.relata.orm.internal.sql.NumberLiteral;
import dev.relata.orm.internal.sql.ScalarSubquery;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.internal.query.Clause;
import dev.relata.orm.internal.query.Operator;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Relation;
import java.util.Objects;

/**
 * Compiles where clauses into SQL conditions, keeping SQL's precedence: the clauses
 * between two {@code orWhere}s form an AND group, and the groups are joined with OR.
 */
final class ConditionCompiler {

	private ConditionCompiler() {
	}

	/**
	 * Compiles clauses on columns qualified by a table alias.
	 * @param clauses the clauses, possibly empty
	 * @param qualifier the table alias, or {@code null} for unqualified columns
	 * @return the condition, or {@code null} when there are no clauses
	 */
	static @Nullable Condition compile(List<Clause> clauses, @Nullable String qualifier) {
		if (clauses.isEmpty()) {
			return null;
		}
		if (clauses.stream().anyMatch((clause) -> clause.predicate() instanceof Clause.Scoped)) {
			return scoped(clauses, qualifier);
		}
		List<Condition> disjuncts = new ArrayList<>();
		List<Condition> conjuncts = new ArrayList<>();
		for (Clause clause : clauses) {
			if (clause.or() && !conjuncts.isEmpty()) {
				disjuncts.add(and(conjuncts));
				conjuncts = new ArrayList<>();
			}
			conjuncts.add(predicate(clause.predicate(), qualifier));
		}
		disjuncts.add(and(conjuncts));
		return (disjuncts.size() == 1) ? disjuncts.get(0) : new Or(disjuncts);
	}

	/**
	 * A scoped query's fixed conditions AND the user's conditions as one group, so that
	 * an {@code orWhere} cannot escape the scope.
	 */
	private static Condition scoped(List<Clause> clauses, @Nullable String qualifier) {
		List<Condition> conditions = new ArrayList<>();
		List<Clause> own = new ArrayList<>();
		for (Clause clause : clauses) {
			if (clause.predicate() instanceof Clause.Scoped scoped) {
				conditions.add(ScopeCompiler.condition(scoped.scope(), qualifier));
			}
			else {
				own.add(clause);
			}
		}
		Condition rest = compile(own, qualifier);
		if (rest != null) {
			conditions.add(rest);
		}
		return and(conditions);
	}

	private static Condition and(List<Condition> conditions) {
		return (conditions.size() == 1) ? conditions.get(0) : new And(List.copyOf(conditions));
	}

	private static Condition predicate(Clause.Predicate predicate, @Nullable String qualifier) {
		if (predicate instanceof Compare compare) {
			return new Comparison(column(compare.property(), qualifier), operator(compare.operator()),
					bind(compare.property(), compare.columnValue()));
		}
		if (predicate instanceof NullTest test) {
			return new NullCheck(column(test.property(), qualifier), test.negated());
		}
		if (predicate instanceof In in) {
			List<Expression> values = new ArrayList<>(in.columnValues().size());
			for (Object value : in.columnValues()) {
				values.add(bind(in.property(), value));
			}
			return new InList(column(in.property(), qualifier), values, in.negated());
		}
		if (predicate instanceof Clause.ArrayHas has) {
			return new ArrayContains(column(has.property(), qualifier), new Bind(has.element(), has.elementType()));
		}
		if (predicate instanceof Clause.RelationFilter filter) {
			return relationFilter(filter, (qualifier != null) ? qualifier : QueryCompiler.ROOT_ALIAS);
		}
		Condition group = compile(((Group) predicate).clauses(), qualifier);
		return (group != null) ? group : new Constant(true);
	}

	/**
	 * {@code [NOT] EXISTS (SELECT 1 FROM related x WHERE correlation AND filter)}, or
	 * {@code (SELECT COUNT(*) ...) <op> ?}. The related alias extends the parent's, so
	 * nested filters never shadow an outer alias.
	 */
	private static Condition relationFilter(Clause.RelationFilter filter, String qualifier) {
		String alias = NestedAliases.nestedAlias(qualifier);
		Condition conditions = compile(filter.filter(), alias);
		if (filter.morphTarget() != null) {
			return morphTargetExists(filter, qualifier, alias, conditions);
		}
		if (filter.operator() == null) {
			Select exists = RelationSubquery.of(filter.relation(), qualifier, alias,
					List.of(new SelectItem(new NumberLiteral(1), null)), conditions);
			return new Exists(exists, filter.negated());
		}
		Select count = RelationSubquery.of(filter.relation(), qualifier, alias,
				List.of(new SelectItem(new CountAll(), null)), conditions);
		return new Comparison(new ScalarSubquery(count), operator(filter.operator()),
				new Bind(filter.count(), Long.class));
	}

	/**
	 * {@code [NOT] EXISTS (SELECT 1 FROM target x WHERE x.key = parent.id AND parent.type = ? ...)}
	 * for one model of a morphTo.
	 */
	private static Condition morphTargetExists(Clause.RelationFilter filter, String qualifier, String alias,
			@Nullable Condition conditions) {
		Relation relation = filter.relation();
		EntityModel<?> target = Objects.requireNonNull(filter.morphTarget());
		ModelProperty type = relation.morphType().orElseThrow();
		Condition correlation = Condition.and(
				new Comparison(column(target.keys().get(0), alias), ComparisonOperator.EQ,
						column(relation.sourceKey(), qualifier)),
				new Comparison(column(type, qualifier), ComparisonOperator.EQ,
						new Bind(filter.morphAlias(), String.class)));
		Condition where = (conditions != null) ? Condition.and(correlation, conditions) : correlation;
		Select exists = Select.builder()
			.select(List.of(new SelectItem(new NumberLiteral(1), null)))
			.from(QueryCompiler.table(target, alias))
			.where(where)
			.build();
		return new Exists(exists, filter.negated());
	}

	/**
	 * Tells whether clauses contain a relation filter, at any depth.
	 */
	static boolean hasRelationFilter(List<Clause> clauses) {
		for (Clause clause : clauses) {
			if (clause.predicate() instanceof Clause.RelationFilter
					|| (clause.predicate() instanceof Group group && hasRelationFilter(group.clauses()))) {
				return true;
			}
		}
		return false;
	}

	static ColumnRef column(ModelProperty property, @Nullable String qualifier) {
		return new ColumnRef(qualifier, columnName(property));
	}

	static String columnName(ModelProperty property) {
		String column = property.column();
		if (column == null) {
			throw new IllegalStateException(property.name() + " has no column");
		}
		return column;
	}

	static Bind bind(ModelProperty property, @Nullable Object columnValue) {
		return new Bind(columnValue, property.columnType());
	}

	private static ComparisonOperator operator(Operator operator) {
		return switch (operator) {
			case EQ -> ComparisonOperator.EQ;
			case NE -> ComparisonOperator.NE;
			case LT -> ComparisonOperator.LT;
			case LE -> ComparisonOperator.LE;
			case GT -> ComparisonOperator.GT;
			case GE -> ComparisonOperator.GE;
			case LIKE -> ComparisonOperator.LIKE;
			case NOT_LIKE -> ComparisonOperator.NOT_LIKE;
			case LIKE_ESCAPED -> ComparisonOperator.LIKE_ESCAPED;
			case IN, NOT_IN -> throw new IllegalStateException("IN is compiled as a list");
		};
	}

}
