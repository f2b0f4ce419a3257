package dev.relata.orm.schema;

import java.util.List;

/**
 * A morphTo: each row's type column names the target model, so there is no one path to
 * join; the loader reads each type's rows by key. The row sets its type and id columns
 * itself: no nested writes.
 */
record MorphToPath() implements RelationPath {

	@Override
	public List<PathStep> steps() {
		return List.of();
	}

	@Override
	public boolean allowsNestedWrites() {
		return false;
	}

}
