package dev.relata.orm.internal.query;

import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Relation;

/**
 * One clause of a where list: a predicate and whether it joins the previous clauses with
 * OR.
 *
 * @param or {@code true} for {@code orWhere...}, {@code false} for {@code where...}
 * @param predicate the condition
 */
public record Clause(boolean or, Predicate predicate) {

	/**
	 * A condition of the where family, on properties of one model, with values already
	 * converted to what the column stores.
	 */
	public sealed interface Predicate permits Compare, NullTest, In, Group, Scoped, RelationFilter {

	}

	/**
	 * {@code property <operator> value}.
	 *
	 * @param property the column property
	 * @param operator a comparison or like operator
	 * @param columnValue the value as stored
	 */
	public record Compare(ModelProperty property, Operator operator, Object columnValue) implements Predicate {
	}

	/**
	 * {@code property IS [NOT] NULL}.
	 *
	 * @param property the column property
	 * @param negated {@code true} for {@code IS NOT NULL}
	 */
	public record NullTest(ModelProperty property, boolean negated) implements Predicate {
	}

	/**
	 * {@code property [NOT] IN (values)}.
	 *
	 * @param property the column property
	 * @param columnValues the values as stored, possibly empty
	 * @param negated {@code true} for {@code NOT IN}
	 */
	public record In(ModelProperty property, List<@Nullable Object> columnValues,
			boolean negated) implements Predicate {
	}

	/**
	 * A fixed condition of a scoped query.
	 *
	 * @param scope produces the condition
	 */
	public record Scoped(QueryScope scope) implements Predicate {
	}

	/**
	 * An existence or count filter on a relation: {@code [NOT] EXISTS (SELECT 1 ...)} or
	 * {@code (SELECT COUNT(*) ...) <operator> count}.
	 *
	 * @param relation the relation
	 * @param filter conditions on the related rows (nested filters for dotted paths)
	 * @param negated {@code true} for {@code NOT EXISTS}
	 * @param operator the count comparison, or {@code null} for existence
	 * @param count the count compared with
	 * @param morphTarget for a morphTo: the one model this filter looks in
	 * @param morphAlias for a morphTo: that model's type value
	 */
	public record RelationFilter(Relation relation, List<Clause> filter, boolean negated, @Nullable Operator operator,
			long count, @Nullable EntityModel<?> morphTarget, @Nullable String morphAlias) implements Predicate {

		RelationFilter(Relation relation, List<Clause> filter, boolean negated, @Nullable Operator operator,
				long count) {
			this(relation, filter, negated, operator, count, null, null);
		}

	}

	/**
	 * A parenthesised group.
	 *
	 * @param clauses the clauses of the group, never empty
	 */
	public record Group(List<Clause> clauses) implements Predicate {
	}

}
