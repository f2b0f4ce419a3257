package dev.relata.orm.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A relation whose foreign key joins source and target directly: hasOne, hasMany and
 * morphOne/morphMany (the key on the target), belongsTo (the key on the source). A typed
 * one (morphOne, morphMany) takes no nested writes.
 */
record ForeignKeyPath(PathStep target) implements RelationPath {

	ForeignKeyPath(ModelProperty sourceKey, EntityModel<?> target, ModelProperty targetKey,
			PathStep.@Nullable TypeCondition type) {
		this(new PathStep(target, sourceKey, targetKey, type));
	}

	@Override
	public List<PathStep> steps() {
		return List.of(this.target);
	}

	@Override
	public boolean allowsNestedWrites() {
		return this.target.typeCondition() == null;
	}

}
