package dev.relata.orm.internal.write;

import java.util.List;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A nested write as plain data: the actions to run, in order (parents first), checked
 * before any SQL. Rows the plan inserts are named by {@link RowRef}s, whose keys become
 * known as it runs.
 *
 * @param root the written row
 * @param actions the actions in execution order
 * @param checks the keys to find before the actions run, one statement each
 */
public record WritePlan(RowRef root, List<Action> actions, List<ExistingTargets> checks) {

	/**
	 * Creates a plan, copying the actions and checks.
	 */
	public WritePlan {
		actions = List.copyOf(actions);
		checks = List.copyOf(checks);
	}

	/**
	 * Creates a plan without checks.
	 * @param root the written row
	 * @param actions the actions in execution order
	 */
	public WritePlan(RowRef root, List<Action> actions) {
		this(root, actions, List.of());
	}

	/**
	 * Keys a belongsTo {@code connect} stores, which must name existing rows of the
	 * relation's target, so that a column without a foreign key never holds a dangling
	 * key.
	 *
	 * @param relation the belongsTo relation
	 * @param keys the target keys, of the key property's type
	 */
	public record ExistingTargets(Relation relation, List<Object> keys) {

		/**
		 * Copies the keys.
		 */
		public ExistingTargets {
			keys = List.copyOf(keys);
		}

	}

	/**
	 * A row of the plan: the root is 0, created rows count up.
	 *
	 * @param id the row's number
	 */
	public record RowRef(int id) {
	}

	/**
	 * Fills a foreign key with the key of another row of the plan, once that row exists.
	 *
	 * @param property the foreign key property
	 * @param source the row whose key it takes
	 */
	public record KeyFill(ModelProperty property, RowRef source) {
	}

	/**
	 * A column and its new value.
	 *
	 * @param property the column property
	 * @param value the value, of the property's type
	 */
	public record ColumnValue(ModelProperty property, @Nullable Object value) {
	}

	/**
	 * One step of a nested write.
	 */
	public sealed interface Action
			permits LockRow, InsertRow, UpdateRow, LinkChildren, UnlinkChildren, AttachTargets, DetachTargets {

	}

	/**
	 * Locks an existing row ({@code SELECT ... FOR UPDATE}) and checks that it exists.
	 *
	 * @param ref the row
	 * @param model its model
	 * @param key its key, of the key property's type
	 */
	public record LockRow(RowRef ref, EntityModel<?> model, Object key) implements Action {
	}

	/**
	 * Inserts a row, after filling foreign keys from rows inserted before it.
	 *
	 * @param ref the row
	 * @param model its model
	 * @param entity the instance to insert
	 * @param fills foreign keys to fill first
	 */
	public record InsertRow(RowRef ref, EntityModel<?> model, Object entity, List<KeyFill> fills) implements Action {

		/**
		 * Creates the action, copying the fills.
		 */
		public InsertRow {
			fills = List.copyOf(fills);
		}

	}

	/**
	 * Updates columns of an existing row by key.
	 *
	 * @param ref the row
	 * @param model its model
	 * @param values the new column values
	 * @param fills foreign keys to set from rows inserted before
	 */
	public record UpdateRow(RowRef ref, EntityModel<?> model, List<ColumnValue> values,
			List<KeyFill> fills) implements Action {

		/**
		 * Creates the action, copying the lists.
		 */
		public UpdateRow {
			values = List.copyOf(values);
			fills = List.copyOf(fills);
		}

	}

	/**
	 * Points existing children's foreign key at a row (hasOne, hasMany {@code connect}).
	 *
	 * @param relation the relation
	 * @param parent the row they belong to
	 * @param childKeys the children's keys, of the target key's type
	 */
	public record LinkChildren(Relation relation, RowRef parent, List<Object> childKeys) implements Action {
	}

	/**
	 * Sets children's foreign key to NULL where it points at a row (hasOne, hasMany
	 * {@code disconnect}).
	 *
	 * @param relation the relation
	 * @param parent the row they belonged to
	 * @param childKeys the children's keys
	 */
	public record UnlinkChildren(Relation relation, RowRef parent, List<Object> childKeys) implements Action {
	}

	/**
	 * Inserts join rows between a row and targets, skipping pairs that exist (manyToMany
	 * {@code connect} and {@code create}).
	 *
	 * @param relation the relation
	 * @param owner the row on the relation's side
	 * @param targetKeys keys of existing targets
	 * @param createdTargets targets the plan inserts
	 */
	public record AttachTargets(Relation relation, RowRef owner, List<Object> targetKeys,
			List<RowRef> createdTargets) implements Action {
	}

	/**
	 * Deletes join rows between a row and targets (manyToMany {@code disconnect}).
	 *
	 * @param relation the relation
	 * @param owner the row on the relation's side
	 * @param targetKeys the targets' keys
	 */
	public record DetachTargets(Relation relation, RowRef owner, List<Object> targetKeys) implements Action {
	}

}
