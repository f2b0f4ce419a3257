package dev.relata.orm.internal.compile;

import java.util.List;
import java.util.Objects;

import dev.relata.orm.internal.query.QueryScope;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Constant;
import dev.relata.orm.internal.sql.InSelect;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the fixed scopes a query carries ({@link QueryScope}): soft deletes, the type
 * condition of a morphOne or morphMany, and the rows related to one owner.
 */
final class ScopeCompiler {

	private ScopeCompiler() {
	}

	static Condition condition(QueryScope scope, @Nullable String alias) {
		if (scope instanceof QueryScope.SoftDeleted softDeleted) {
			return new NullCheck(new ColumnRef(alias, Objects.requireNonNull(softDeleted.deletedAt().column())),
					softDeleted.only());
		}
		if (scope instanceof QueryScope.TargetType targetType) {
			return Objects.requireNonNull(MorphConditions.onTarget(targetType.relation(), alias));
		}
		return relatedTo((QueryScope.RelatedTo) scope, alias);
	}

	private static Condition relatedTo(QueryScope.RelatedTo scope, @Nullable String alias) {
		Relation relation = scope.relation();
		Object ownerValue = scope.ownerValue();
		if (ownerValue == null) {
			return new Constant(false);
		}
		if (scope.morphTarget() != null) {
			ModelProperty key = scope.morphTarget().keys().get(0);
			return new Comparison(new ColumnRef(alias, key.column()), ComparisonOperator.EQ,
					new Bind(ownerValue, key.columnType()));
		}
		ModelProperty targetKey = relation.targetKey();
		ColumnRef column = new ColumnRef(alias, targetKey.column());
		if (!relation.throughJoinModel()) {
			return MorphConditions.and(
					new Comparison(column, ComparisonOperator.EQ, new Bind(ownerValue, targetKey.columnType())),
					MorphConditions.onTarget(relation, alias));
		}
		ModelProperty from = relation.throughSourceKey().orElseThrow();
		ModelProperty to = relation.throughTargetKey().orElseThrow();
		Select targets = Select.builder()
			.select(List.of(new SelectItem(new ColumnRef("p", to.column()), null)))
			.from(QueryCompiler.table(relation.through().orElseThrow(), "p"))
			.where(MorphConditions.and(new Comparison(new ColumnRef("p", from.column()), ComparisonOperator.EQ,
					new Bind(ownerValue, from.columnType())), MorphConditions.onJoinRows(relation, "p")))
			.build();
		return new InSelect(column, targets, false);
	}

}
