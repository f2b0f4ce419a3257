package dev.relata.orm.internal.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.write.WritePlan.Action;
import dev.relata.orm.internal.write.WritePlan.AttachTargets;
import dev.relata.orm.internal.write.WritePlan.ColumnValue;
import dev.relata.orm.internal.write.WritePlan.DetachTargets;
import dev.relata.orm.internal.write.WritePlan.InsertRow;
import dev.relata.orm.internal.write.WritePlan.KeyFill;
import dev.relata.orm.internal.write.WritePlan.LinkChildren;
import dev.relata.orm.internal.write.WritePlan.LockRow;
import dev.relata.orm.internal.write.WritePlan.RowRef;
import dev.relata.orm.internal.write.WritePlan.UnlinkChildren;
import dev.relata.orm.internal.write.WritePlan.UpdateRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns recorded nested writes into a {@link WritePlan}, checking every operation against
 * the relation's kind before any SQL runs: belongsTo targets are inserted before the row
 * that points at them, children and join rows after their parent. Pure: needs only the
 * schema.
 */
final class WritePlanner {

	private final OrmSchema schema;

	private final List<Action> actions = new ArrayList<>();

	private final List<WritePlan.ExistingTargets> checks = new ArrayList<>();

	private int rows;

	private WritePlanner(OrmSchema schema) {
		this.schema = schema;
	}

	/**
	 * Plans the insert of a row with nested writes.
	 */
	static WritePlan insert(OrmSchema schema, EntityModel<?> model, Object entity, List<WriteOperation> operations) {
		WritePlanner planner = new WritePlanner(schema);
		RowRef root = planner.planInsert(model, entity, operations, List.of());
		return new WritePlan(root, planner.actions, planner.checks);
	}

	/**
	 * Plans nested writes on an existing row; the key is converted to the key's type.
	 */
	static WritePlan update(OrmSchema schema, EntityModel<?> model, @Nullable Object key,
			List<WriteOperation> operations) {
		WritePlanner planner = new WritePlanner(schema);
		RowRef root = planner.next();
		planner.actions.add(new LockRow(root, model, planner.keyValue(model.keys().get(0), key)));
		List<ColumnValue> values = new ArrayList<>();
		List<KeyFill> fills = new ArrayList<>();
		for (WriteOperation operation : operations) {
			if (operation instanceof WriteOperation.SetValue set) {
				values.add(planner.setValue(model, set));
			}
		}
		planner.planOwnForeignKeys(model, root, operations, values, fills, null);
		if (!values.isEmpty() || !fills.isEmpty()) {
			planner.actions.add(new UpdateRow(root, model, values, fills));
		}
		planner.planChildren(model, root, operations);
		return new WritePlan(root, planner.actions, planner.checks);
	}

	private RowRef planInsert(EntityModel<?> model, Object entity, List<WriteOperation> operations,
			List<KeyFill> parentFills) {
		RowRef ref = planRow(model, entity, operations, parentFills);
		planChildren(model, ref, operations);
		return ref;
	}

	/**
	 * Plans the insert of one row, after the belongsTo targets it creates; its children
	 * are left to {@link #planChildren}.
	 */
	private RowRef planRow(EntityModel<?> model, Object entity, List<WriteOperation> operations,
			List<KeyFill> parentFills) {
		Object row = EntityChecks.requireInstance(model, entity);
		EntityChecks.requireEmptySlots(model, row, "insert");
		RowRef ref = next();
		List<KeyFill> fills = new ArrayList<>(parentFills);
		List<ColumnValue> values = new ArrayList<>();
		for (WriteOperation operation : operations) {
			if (operation instanceof WriteOperation.SetValue set) {
				values.add(setValue(model, set));
			}
		}
		planOwnForeignKeys(model, null, operations, values, fills, row);
		for (ColumnValue value : values) {
			row = withValue(model, row, value.property(), value.value());
		}
		this.actions.add(new InsertRow(ref, model, row, fills));
		return ref;
	}

	/**
	 * The belongsTo operations: they change this row's own foreign keys, so they run
	 * before (or with) the row's insert or update.
	 */
	private void planOwnForeignKeys(EntityModel<?> model, @Nullable RowRef ref, List<WriteOperation> operations,
			List<ColumnValue> values, List<KeyFill> fills, @Nullable Object entity) {
		for (WriteOperation operation : operations) {
			if (operation instanceof WriteOperation.Create create) {
				Relation relation = relation(model, create.relation());
				if (relation.writesOwnForeignKey()) {
					requireTarget(relation, create);
					RowRef target = planInsert(relation.target(), create.entity(), create.nested(), List.of());
					fills.add(new KeyFill(relation.sourceKey(), target));
				}
			}
			else if (operation instanceof WriteOperation.Connect connect) {
				Relation relation = relation(model, connect.relation());
				if (relation.writesOwnForeignKey() && !connect.ids().isEmpty()) {
					if (connect.ids().size() != 1) {
						throw new OrmUsageException("connect(\"" + relation.name() + "\", ...) on " + model.name()
								+ " got " + connect.ids().size()
								+ " ids, but a belongsTo points at one row; pass one id");
					}
					Object key = keyValue(relation.sourceKey(), connect.ids().get(0));
					values.add(new ColumnValue(relation.sourceKey(), key));
					this.checks.add(new WritePlan.ExistingTargets(relation, List.of(key)));
				}
			}
			else if (operation instanceof WriteOperation.Disconnect disconnect) {
				Relation relation = relation(model, disconnect.relation());
				if (relation.writesOwnForeignKey()) {
					if (!disconnect.withoutIds()) {
						if (disconnect.ids().isEmpty()) {
							continue;
						}
						throw new OrmUsageException("disconnect(\"" + relation.name() + "\") on " + model.name()
								+ " takes no ids: a belongsTo points at one row; call disconnect(\"" + relation.name()
								+ "\")");
					}
					requireNullable(relation.sourceKey(), relation, "disconnect");
					values.add(new ColumnValue(relation.sourceKey(), null));
				}
			}
		}
	}

	/**
	 * The hasOne, hasMany and manyToMany operations: they need this row's key, so they
	 * run after it.
	 */
	private void planChildren(EntityModel<?> model, RowRef ref, List<WriteOperation> operations) {
		Set<String> created = new HashSet<>();
		for (WriteOperation operation : operations) {
			if (operation instanceof WriteOperation.Create create) {
				Relation relation = relation(model, create.relation());
				if (!relation.writesOwnForeignKey() && created.add(relation.name())) {
					planCreates(relation, ref, operations);
				}
			}
			else if (operation instanceof WriteOperation.Connect connect && !connect.ids().isEmpty()) {
				Relation relation = relation(model, connect.relation());
				if (relation.linksOneChild() && connect.ids().size() != 1) {
					throw new OrmUsageException("connect(\"" + relation.name() + "\", ...) on " + model.name() + " got "
							+ connect.ids().size() + " ids, but a hasOne links one row; pass one id");
				}
				if (relation.throughJoinModel()) {
					this.actions.add(new AttachTargets(relation, ref, targetKeys(relation, connect.ids()), List.of()));
				}
				else if (!relation.writesOwnForeignKey()) {
					this.actions.add(new LinkChildren(relation, ref, targetKeys(relation, connect.ids())));
				}
			}
			else if (operation instanceof WriteOperation.Disconnect disconnect && !disconnect.ids().isEmpty()) {
				Relation relation = relation(model, disconnect.relation());
				if (relation.throughJoinModel()) {
					this.actions.add(new DetachTargets(relation, ref, targetKeys(relation, disconnect.ids())));
				}
				else if (!relation.writesOwnForeignKey()) {
					requireNullable(relation.targetKey(), relation, "disconnect");
					this.actions.add(new UnlinkChildren(relation, ref, targetKeys(relation, disconnect.ids())));
				}
			}
			else if (operation instanceof WriteOperation.Disconnect disconnect && disconnect.withoutIds()) {
				Relation relation = relation(model, disconnect.relation());
				if (!relation.writesOwnForeignKey()) {
					throw new OrmUsageException("disconnect(\"" + relation.name() + "\") on " + model.name()
							+ " needs the ids of the rows to unlink: " + relation.name() + " is a "
							+ relation.kind().label() + " relation");
				}
			}
		}
	}

	/**
	 * All creates of one relation of a row, wherever they were called: their rows first
	 * and consecutively, so that they run as one batch, then their own children.
	 */
	private void planCreates(Relation relation, RowRef ref, List<WriteOperation> operations) {
		List<WriteOperation.Create> creates = new ArrayList<>();
		for (WriteOperation operation : operations) {
			if (operation instanceof WriteOperation.Create create && create.relation().equals(relation.name())) {
				creates.add(create);
			}
		}
		List<RowRef> rows = new ArrayList<>(creates.size());
		for (WriteOperation.Create create : creates) {
			requireTarget(relation, create);
			List<KeyFill> fills = List.of();
			if (!relation.throughJoinModel()) {
				EntityChecks.requireUnsetForeignKey(relation, create.entity());
				fills = List.of(new KeyFill(relation.targetKey(), ref));
			}
			rows.add(planRow(relation.target(), create.entity(), create.nested(), fills));
		}
		if (relation.throughJoinModel()) {
			this.actions.add(new AttachTargets(relation, ref, List.of(), rows));
		}
		for (int i = 0; i < creates.size(); i++) {
			planChildren(relation.target(), rows.get(i), creates.get(i).nested());
		}
	}

	private ColumnValue setValue(EntityModel<?> model, WriteOperation.SetValue set) {
		ModelProperty property = model.property(set.property());
		if (property.kind() != PropertyKind.COLUMN) {
			throw new OrmUsageException("set(\"" + set.property() + "\", ...): " + property.qualifiedName() + " is a "
					+ ((property.kind() == PropertyKind.RELATION_SLOT)
							? "relation; write it with connect, disconnect " + "or create"
							: "aggregate slot, which is never written"));
		}
		if (property.key() || property.version()) {
			throw new OrmUsageException("set(\"" + set.property() + "\", ...): " + property.qualifiedName()
					+ (property.key() ? " is a key, which nested writes do not change"
							: " is the @Version, which " + "Relata increments itself"));
		}
		if (set.value() == null && !property.options().nullable()) {
			throw new OrmUsageException(
					"set(\"" + set.property() + "\", null): " + property.qualifiedName() + " is NOT NULL");
		}
		return new ColumnValue(property, this.schema.conversions().toPropertyType(set.value(), property));
	}

	private Object keyValue(ModelProperty property, @Nullable Object id) {
		Object value = this.schema.conversions().toPropertyType(id, property);
		if (value == null) {
			throw new OrmUsageException("A key for " + property.qualifiedName() + " must not be null");
		}
		return value;
	}

	private List<Object> targetKeys(Relation relation, List<Object> ids) {
		ModelProperty key = relation.target().keys().get(0);
		// a set keeps de-duplication linear in the number of ids
		Set<Object> keys = new LinkedHashSet<>();
		for (Object id : ids) {
			keys.add(keyValue(key, id));
		}
		return new ArrayList<>(keys);
	}

	private static void requireTarget(Relation relation, WriteOperation.Create create) {
		if (!relation.target().type().isInstance(create.entity())) {
			throw new OrmUsageException(
					"create(\"" + relation.name() + "\", ...) on " + relation.source().name() + ": expected a "
							+ relation.target().name() + ", got a " + create.entity().getClass().getSimpleName());
		}
	}

	private static void requireNullable(ModelProperty foreignKey, Relation relation, String operation) {
		if (!foreignKey.options().nullable()) {
			throw new OrmUsageException(
					operation + "(\"" + relation.name() + "\") on " + relation.source().name() + " would set "
							+ foreignKey.qualifiedName() + " to NULL, but it is NOT NULL; delete the related rows "
							+ "instead, or make the column nullable");
		}
	}

	private Relation relation(EntityModel<?> model, String name) {
		Relation relation = this.schema.relation(model.type(), name);
		if (!relation.path().allowsNestedWrites()) {
			throw new OrmUsageException("Nested writes through " + relation.qualifiedName() + " ("
					+ relation.kind().label() + ") are not supported: set its type and id columns in the row itself");
		}
		return relation;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object withValue(EntityModel<?> model, Object entity, ModelProperty property,
			@Nullable Object value) {
		return ((EntityModel) model).with(entity, property, value);
	}

	private RowRef next() {
		return new RowRef(this.rows++);
	}

}
