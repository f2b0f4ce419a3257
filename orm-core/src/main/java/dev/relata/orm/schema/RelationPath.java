package dev.relata.orm.schema;

import java.util.List;
import java.util.Optional;

/**
 * What differs by relation kind about reaching a relation's rows, answered by one object
 * per shape of relation: a direct foreign key (hasOne, hasMany, belongsTo, morphOne,
 * morphMany), a join model between source and target (manyToMany, morphToMany,
 * morphedByMany), or a morphTo, whose target depends on each row's type value. The SQL
 * compiler walks the {@link #steps() steps} instead of asking which kind it has, and the
 * writer asks which writes are allowed; a new kind is a new implementation here plus its
 * tests.
 * <p>
 * Internal: the query compiler, the loader and the writer read it; it is not API.
 */
public sealed interface RelationPath permits ForeignKeyPath, JoinModelPath, MorphToPath {

	/**
	 * Returns the tables from the source to the target, each joined on one column pair:
	 * one step for a direct foreign key, the join model then the target through a join
	 * model, none for a morphTo (its target is read per type).
	 * @return the steps, the target's last
	 */
	List<PathStep> steps();

	/**
	 * Returns the column the parents' keys are matched against: the first step's column
	 * (the target's foreign key of a hasOne or hasMany, the referenced key of a
	 * belongsTo, the join model's key of a manyToMany).
	 * @return the matched column
	 * @throws IllegalStateException for a morphTo, which matches each type's key
	 */
	default ModelProperty matchedKey() {
		List<PathStep> steps = steps();
		if (steps.isEmpty()) {
			throw new IllegalStateException("a morphTo matches the key of each type it points at");
		}
		return steps.get(0).column();
	}

	/**
	 * Tells whether the parents' keys are read from rows other than the target's (a join
	 * model's), so a statement reading the target selects them as a column of its own.
	 * @return whether the matched column is not on the target
	 */
	default boolean keyOutsideTarget() {
		return steps().size() > 1;
	}

	/**
	 * Returns the type condition on the target's rows (a morphOne or morphMany: the
	 * target's type column holds the source's morph value).
	 * @return the condition, empty when the target's rows are not typed
	 */
	default Optional<PathStep.TypeCondition> targetType() {
		List<PathStep> steps = steps();
		return steps.isEmpty() ? Optional.empty() : steps.get(steps.size() - 1).type();
	}

	/**
	 * Returns the type condition on the join model's rows (a morphToMany or
	 * morphedByMany).
	 * @return the condition, empty when no typed join model stands between
	 */
	default Optional<PathStep.TypeCondition> joinRowsType() {
		List<PathStep> steps = steps();
		return (steps.size() > 1) ? steps.get(0).type() : Optional.empty();
	}

	/**
	 * Tells whether nested writes (create, connect, disconnect) may go through the
	 * relation: not through a typed foreign key or a morphTo, whose type and id columns
	 * the row sets itself.
	 * @return whether nested writes are allowed
	 */
	boolean allowsNestedWrites();

}
