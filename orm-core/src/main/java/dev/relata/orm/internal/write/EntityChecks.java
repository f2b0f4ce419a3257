package dev.relata.orm.internal.write;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.Relation;

/**
 * Checks on the instances handed to writes, each failing before any SQL with a message
 * naming the right operation.
 */
final class EntityChecks {

	private EntityChecks() {
	}

	static Object requireInstance(EntityModel<?> model, Object entity) {
		if (!model.type().isInstance(entity)) {
			throw new OrmUsageException(
					"Expected a " + model.name() + " to write, got a " + entity.getClass().getSimpleName());
		}
		return entity;
	}

	static void requireEmptySlots(EntityModel<?> model, Object entity, String operation) {
		for (ModelProperty property : model.properties()) {
			if (property.kind() == PropertyKind.RELATION_SLOT && property.get(entity) != null) {
				throw new OrmUsageException(property.qualifiedName() + " is a relation slot and must be null for "
						+ operation + "; relation slots are never written. Write related rows with a nested write: "
						+ operation + "(..., w -> w.create(\"" + property.name() + "\", ...)) or connect(\""
						+ property.name() + "\", ids)");
			}
		}
	}

	/**
	 * A child created through a hasOne/hasMany gets its foreign key from the plan; a
	 * different value set by the caller would be silently lost, so it is refused.
	 */
	static void requireUnsetForeignKey(Relation relation, Object child) {
		ModelProperty foreignKey = relation.targetKey();
		if (relation.target().type().isInstance(child) && foreignKey.get(child) != null) {
			throw new OrmUsageException("create(\"" + relation.name() + "\", ...): leave " + foreignKey.qualifiedName()
					+ " null; Relata sets it to the key of the " + relation.source().name());
		}
	}

}
