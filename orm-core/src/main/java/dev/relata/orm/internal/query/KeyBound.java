package dev.relata.orm.internal.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.relata.orm.internal.query.Clause.Compare;
import dev.relata.orm.internal.query.Clause.In;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * The bound a query's conditions put on its number of rows: a key equality gives 1, a key
 * {@code IN} the number of its distinct values, when the condition is a top-level
 * conjunct (an {@code orWhere} at the top level removes the bound).
 */
final class KeyBound {

	private KeyBound() {
	}

	static @Nullable Long of(EntityModel<?> model, List<Clause> where) {
		if (where.stream().anyMatch(Clause::or)) {
			return null;
		}
		List<ModelProperty> keys = model.keys();
		Set<ModelProperty> keysWithEquality = new HashSet<>();
		Long bound = null;
		for (Clause clause : where) {
			Clause.Predicate predicate = clause.predicate();
			if (predicate instanceof Compare compare && compare.operator() == Operator.EQ
					&& keys.contains(compare.property())) {
				keysWithEquality.add(compare.property());
			}
			else if (predicate instanceof In in && !in.negated() && keys.size() == 1
					&& keys.get(0).equals(in.property())) {
				long distinct = new HashSet<>(in.columnValues()).size();
				bound = (bound == null) ? distinct : Math.min(bound, distinct);
			}
		}
		if (keysWithEquality.size() == keys.size()) {
			return 1L;
		}
		return bound;
	}

}
