package dev.relata.orm.schema;

import java.util.List;

/**
 * A relation through a join model: manyToMany, and morphToMany/morphedByMany with a type
 * condition on the join rows. The parents' keys are matched against the join model's key;
 * nested writes attach and detach join rows.
 */
record JoinModelPath(PathStep joinRows, PathStep target) implements RelationPath {

	@Override
	public List<PathStep> steps() {
		return List.of(this.joinRows, this.target);
	}

	@Override
	public boolean allowsNestedWrites() {
		return true;
	}

}
