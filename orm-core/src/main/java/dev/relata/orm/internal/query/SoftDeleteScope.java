package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;

/**
 * The condition that hides soft-deleted rows ({@code alias.deleted_at IS NULL}), or shows
 * only them, always qualified so that a join model with the same column cannot make it
 * ambiguous.
 */
final class SoftDeleteScope {

	/**
	 * Which rows of a model with soft deletes a query sees.
	 */
	enum Trashed {

		/** Rows not deleted (the default). */
		EXCLUDED,

		/** Every row. */
		INCLUDED,

		/** Only deleted rows. */
		ONLY

	}

	private SoftDeleteScope() {
	}

	/**
	 * Returns the clauses with the soft-delete condition of a model added, if it has one.
	 * @param model the queried model
	 * @param clauses the query's own clauses
	 * @param trashed which rows to see
	 * @return the clauses to compile
	 */
	/**
	 * Returns the conditions on a relation's related rows: the soft-delete condition of
	 * the target and the type condition of a morphOne or morphMany.
	 * @param relation the relation
	 * @param clauses the relation query's own clauses
	 * @param trashed which related rows to see
	 * @return the clauses to compile
	 */
	static List<Clause> forRelation(Relation relation, List<Clause> clauses, Trashed trashed) {
		List<Clause> scoped = apply(relation.target(), clauses, trashed);
		if (!relation.typedOnTarget()) {
			return scoped;
		}
		List<Clause> withType = new ArrayList<>(scoped.size() + 1);
		withType.add(new Clause(false, new Clause.Scoped(new QueryScope.TargetType(relation))));
		withType.addAll(scoped);
		return withType;
	}

	static List<Clause> apply(EntityModel<?> model, List<Clause> clauses, Trashed trashed) {
		ModelProperty deletedAt = model.softDelete().orElse(null);
		if (deletedAt == null || trashed == Trashed.INCLUDED) {
			return clauses;
		}
		List<Clause> scoped = new ArrayList<>(clauses.size() + 1);
		scoped
			.add(new Clause(false, new Clause.Scoped(new QueryScope.SoftDeleted(deletedAt, trashed == Trashed.ONLY))));
		scoped.addAll(clauses);
		return scoped;
	}

}
