package dev.relata.orm.internal.compile;

import java.util.Objects;

import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import org.jspecify.annotations.Nullable;

/**
 * The type conditions of polymorphic relations:
 * {@code comments.commentable_type = 'post'} on the related rows of a morphOne/morphMany,
 * {@code taggables.taggable_type = 'post'} on the join rows of a
 * morphToMany/morphedByMany. Values are always bound.
 */
public final class MorphConditions {

	private MorphConditions() {
	}

	/**
	 * Returns the condition on the related rows of a morphOne or morphMany.
	 * @param relation a relation
	 * @param alias the alias of the related table, or {@code null} for unqualified
	 * columns
	 * @return the condition, or {@code null} for other kinds
	 */
	public static @Nullable Condition onTarget(Relation relation, @Nullable String alias) {
		if (!relation.typedOnTarget()) {
			return null;
		}
		return typeEquals(relation, alias);
	}

	/**
	 * Returns the condition on the join rows of a morphToMany or morphedByMany.
	 * @param relation a relation
	 * @param throughAlias the alias of the join model's table, or {@code null} for
	 * unqualified columns
	 * @return the condition, or {@code null} for other kinds
	 */
	public static @Nullable Condition onJoinRows(Relation relation, @Nullable String throughAlias) {
		if (!relation.typedOnJoinRows()) {
			return null;
		}
		return typeEquals(relation, throughAlias);
	}

	/**
	 * Joins a condition with an optional other one.
	 * @param condition a condition
	 * @param other another condition, or {@code null}
	 * @return both, or the first alone
	 */
	public static Condition and(Condition condition, @Nullable Condition other) {
		return (other == null) ? condition : Condition.and(condition, other);
	}

	private static Condition typeEquals(Relation relation, @Nullable String alias) {
		var type = relation.morphType().orElseThrow();
		return new Comparison(new ColumnRef(alias, Objects.requireNonNull(type.column())), ComparisonOperator.EQ,
				new Bind(relation.morphValue().orElseThrow(), String.class));
	}

}
