package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.WhereGroup;

/**
 * Builds the existence and count filters of the where family ({@code has},
 * {@code whereHas}, {@code whereHasMorph}, ...) on one model: resolves the relation path,
 * runs the callback on the related model, and adds the conditions every related row must
 * meet (not soft-deleted, of the relation's type).
 */
final class RelationFilters {

	private final EntityModel<?> model;

	private final OrmSchema schema;

	RelationFilters(EntityModel<?> model, OrmSchema schema) {
		this.model = model;
		this.schema = schema;
	}

	Relation morphTo(String name) {
		Relation relation = this.schema.relation(this.model.type(), name);
		if (!relation.loadsPerType()) {
			throw new OrmUsageException("whereHasMorph(\"" + name + "\", ...): " + relation.qualifiedName() + " is a "
					+ relation.kind().label() + ", not a morphTo; use whereHas");
		}
		return relation;
	}

	/**
	 * An existence filter on a morphTo: one {@code EXISTS} per model looked in, joined
	 * with OR ({@code NOT EXISTS} joined with AND when negated).
	 */
	Clause.Predicate morph(Relation relation, List<Class<?>> types, @Nullable Consumer<WhereGroup<?>> filter,
			boolean negated) {
		for (Class<?> type : types) {
			if (relation.morphTargets().values().stream().noneMatch((t) -> t.type() == type)) {
				throw new OrmUsageException(relation.qualifiedName() + " cannot point at " + type.getSimpleName()
						+ "; its models are: "
						+ String.join(", ", relation.morphTargets().values().stream().map(EntityModel::name).toList()));
			}
		}
		List<Clause> perType = new ArrayList<>();
		relation.morphTargets().forEach((alias, target) -> {
			if (types.isEmpty() || types.contains(target.type())) {
				DefaultWhereGroup<?> conditions = new DefaultWhereGroup<>(target, this.schema);
				if (filter != null) {
					filter.accept(conditions);
				}
				List<Clause> visible = SoftDeleteScope.apply(target, conditions.clauses(),
						SoftDeleteScope.Trashed.EXCLUDED);
				perType.add(new Clause(!perType.isEmpty() && !negated,
						new Clause.RelationFilter(relation, List.copyOf(visible), negated, null, 0, target, alias)));
			}
		});
		return new Clause.Group(List.copyOf(perType));
	}

	/**
	 * Builds an existence or count filter; a dotted path nests an existence filter per
	 * segment, the conditions and count applying to the last.
	 */
	Clause.Predicate of(String path, @Nullable Consumer<WhereGroup<?>> filter, boolean negated,
			@Nullable Operator operator, long count) {
		UserInput.requireNonNull(path, "whereHas", "relation");
		RelationPaths.requireDepth("whereHas", path);
		int dot = path.indexOf('.');
		String name = (dot < 0) ? path : path.substring(0, dot);
		Relation relation = this.schema.relation(this.model.type(), name);
		if (relation.loadsPerType()) {
			if (dot >= 0 || operator != null) {
				throw new OrmUsageException(relation.qualifiedName() + " is a morphTo: filter it with has, doesntHave, "
						+ "whereHas or whereHasMorph, without a count or a dotted path");
			}
			return morph(relation, List.of(), filter, negated);
		}
		DefaultWhereGroup<?> related = new DefaultWhereGroup<>(relation.target(), this.schema);
		if (dot >= 0) {
			related.add(false, new RelationFilters(relation.target(), this.schema).of(path.substring(dot + 1), filter,
					false, operator, count));
			return new Clause.RelationFilter(relation, visible(relation, related.clauses()), negated, null, 0);
		}
		if (filter != null) {
			filter.accept(related);
		}
		return new Clause.RelationFilter(relation, visible(relation, related.clauses()), negated, operator, count);
	}

	/**
	 * The conditions on related rows, hiding soft-deleted ones.
	 */
	static List<Clause> visible(Relation relation, List<Clause> clauses) {
		return List.copyOf(SoftDeleteScope.forRelation(relation, clauses, SoftDeleteScope.Trashed.EXCLUDED));
	}

	static Operator countOperator(String text, long count) {
		Operator operator = Operator.parse(text);
		if (operator == Operator.LIKE || operator == Operator.NOT_LIKE || operator == Operator.IN
				|| operator == Operator.NOT_IN) {
			throw new OrmUsageException(
					"A relation count compares with = <> != < <= > >=, not " + UserInput.quote(text) + "");
		}
		if (count < 0) {
			throw new OrmUsageException("A relation count is zero or more, got " + count);
		}
		return operator;
	}

}
