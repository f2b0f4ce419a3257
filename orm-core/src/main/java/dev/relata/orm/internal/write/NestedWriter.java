package dev.relata.orm.internal.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.Assignment;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.CountAll;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.Statement;
import dev.relata.orm.internal.sql.Update;
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

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import dev.relata.orm.write.NestedWrite;

/**
 * Runs nested writes: plans them ({@link WritePlanner}, before any SQL), then executes
 * the plan in one transaction, parents first, inserting consecutive rows of one table as
 * one JDBC batch.
 */
public final class NestedWriter {

	private final OrmSchema schema;

	private final StatementExecutor executor;

	private final JdbcTransactions transactions;

	private final Function<EntityModel<?>, EntityWriter<?>> writers;

	private final PivotOperations pivots;

	/**
	 * Creates a nested writer.
	 * @param schema the schema
	 * @param executor runs the statements
	 * @param transactions the transaction each call runs in
	 * @param writers the entity writer of each model
	 * @param pivots the pivot operations
	 */
	public NestedWriter(OrmSchema schema, StatementExecutor executor, JdbcTransactions transactions,
			Function<EntityModel<?>, EntityWriter<?>> writers, PivotOperations pivots) {
		this.schema = schema;
		this.executor = executor;
		this.transactions = transactions;
		this.writers = writers;
		this.pivots = pivots;
	}

	/**
	 * Plans the insert of a row with nested writes, without running anything.
	 * @param <T> the model type
	 * @param model the model
	 * @param entity the row
	 * @param writes the nested writes
	 * @return the plan
	 */
	public <T> WritePlan planInsert(EntityModel<T> model, T entity, Consumer<NestedWrite<T>> writes) {
		return WritePlanner.insert(this.schema, model, entity, RecordingNestedWrite.record(writes));
	}

	/**
	 * Plans nested writes on an existing row, without running anything.
	 * @param <T> the model type
	 * @param model the model
	 * @param key the row's key
	 * @param writes the nested writes
	 * @return the plan
	 */
	public <T> WritePlan planUpdate(EntityModel<T> model, Object key, Consumer<NestedWrite<T>> writes) {
		return WritePlanner.update(this.schema, model, key, RecordingNestedWrite.record(writes));
	}

	/**
	 * Runs a plan in one transaction.
	 * @param plan the plan
	 * @return the key of every row of the plan, by row
	 */
	public Map<RowRef, Object> execute(WritePlan plan) {
		return this.transactions.execute(() -> new Run(plan).execute(plan.actions()));
	}

	/**
	 * Runs an insert plan and returns the inserted root.
	 * @param <T> the model type
	 * @param plan a plan made by {@link #planInsert}
	 * @return the root with its key and foreign keys; relation slots {@code null}
	 */
	@SuppressWarnings("unchecked")
	public <T> T executeInsert(WritePlan plan) {
		return this.transactions.execute(() -> {
			Run run = new Run(plan);
			run.execute(plan.actions());
			return (T) run.inserted.get(plan.root());
		});
	}

	/**
	 * One execution of a plan: the keys and instances of the rows written so far.
	 */
	private final class Run {

		private final Map<RowRef, Object> keys = new HashMap<>();

		private final Map<RowRef, Object> inserted = new HashMap<>();

		private final WritePlan plan;

		private boolean checked;

		Run(WritePlan plan) {
			this.plan = plan;
		}

		/**
		 * Finds the rows a belongsTo {@code connect} points at, one statement per
		 * relation, after the row is locked and before anything is written.
		 */
		private void check() {
			if (this.checked) {
				return;
			}
			this.checked = true;
			for (WritePlan.ExistingTargets check : this.plan.checks()) {
				TargetKeyCheck.requireExisting(NestedWriter.this.executor, NestedWriter.this.schema.conversions(),
						check.relation(), "connect", check.keys());
			}
		}

		Map<RowRef, Object> execute(List<Action> actions) {
			int i = 0;
			while (i < actions.size()) {
				Action action = actions.get(i);
				if (!(action instanceof LockRow)) {
					check();
				}
				if (action instanceof InsertRow insert) {
					List<InsertRow> batch = batch(actions, i, insert);
					insertRows(batch);
					i += batch.size();
					continue;
				}
				if (action instanceof LockRow lock) {
					lockRow(lock);
				}
				else if (action instanceof UpdateRow update) {
					updateRow(update);
				}
				else if (action instanceof LinkChildren link) {
					linkChildren(link);
				}
				else if (action instanceof UnlinkChildren unlink) {
					unlinkChildren(unlink);
				}
				else if (action instanceof AttachTargets attach) {
					List<Object> targets = new ArrayList<>(attach.targetKeys());
					attach.createdTargets().forEach((ref) -> targets.add(this.keys.get(ref)));
					NestedWriter.this.pivots.attachUnlocked(attach.relation(), this.keys.get(attach.owner()), targets,
							attach.targetKeys());
				}
				else if (action instanceof DetachTargets detach) {
					NestedWriter.this.pivots.detachUnlocked(detach.relation(), this.keys.get(detach.owner()),
							detach.targetKeys());
				}
				else {
					// Action is sealed; a new kind of action must get its branch here,
					// not be skipped.
					throw new IllegalStateException("No step runs the write action " + action);
				}
				i++;
			}
			check();
			return this.keys;
		}

		/**
		 * Consecutive inserts into one table whose foreign keys come from rows already
		 * written.
		 */
		private List<InsertRow> batch(List<Action> actions, int from, InsertRow first) {
			List<InsertRow> batch = new ArrayList<>();
			batch.add(first);
			for (int i = from + 1; i < actions.size(); i++) {
				if (!(actions.get(i) instanceof InsertRow next) || next.model() != first.model()
						|| next.fills().stream().anyMatch((fill) -> !this.keys.containsKey(fill.source()))) {
					break;
				}
				batch.add(next);
			}
			return batch;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private void insertRows(List<InsertRow> batch) {
			EntityModel model = batch.get(0).model();
			List<Object> entities = new ArrayList<>(batch.size());
			for (InsertRow row : batch) {
				Object entity = row.entity();
				for (KeyFill fill : row.fills()) {
					entity = model.with(entity, fill.property(), fillValue(fill));
				}
				entities.add(entity);
			}
			List<Object> written = ((EntityWriter) NestedWriter.this.writers.apply(model)).insertAll(entities);
			for (int i = 0; i < batch.size(); i++) {
				Object entity = written.get(i);
				this.inserted.put(batch.get(i).ref(), entity);
				ModelProperty key = (ModelProperty) model.keys().get(0);
				this.keys.put(batch.get(i).ref(), key.get(entity));
			}
		}

		private Object fillValue(KeyFill fill) {
			return NestedWriter.this.schema.conversions().toPropertyType(this.keys.get(fill.source()), fill.property());
		}

		private void lockRow(LockRow lock) {
			EntityModel<?> model = lock.model();
			ModelProperty key = model.keys().get(0);
			Select select = Select.builder()
				.select(List.of(new SelectItem(new ColumnRef("t0", key.column()), null)))
				.from(QueryCompiler.table(model, "t0"))
				.where(new Comparison(new ColumnRef("t0", key.column()), ComparisonOperator.EQ, bind(key, lock.key())))
				.forUpdate()
				.build();
			List<Object[]> rows = NestedWriter.this.executor.queryRows(statement(select, model, "select"),
					List.of(key.columnType()));
			if (rows.isEmpty()) {
				throw new IncorrectUpdateSemanticsDataAccessException(
						"No " + model.name() + " with key " + lock.key() + " to update");
			}
			this.keys.put(lock.ref(), lock.key());
		}

		private void updateRow(UpdateRow update) {
			EntityModel<?> model = update.model();
			List<Assignment> sets = new ArrayList<>();
			for (ColumnValue value : update.values()) {
				sets.add(new Assignment(value.property().column(), bind(value.property(), value.value())));
			}
			for (KeyFill fill : update.fills()) {
				sets.add(new Assignment(fill.property().column(), bind(fill.property(), fillValue(fill))));
			}
			ModelProperty key = model.keys().get(0);
			Update statement = new Update(QueryCompiler.table(model, null), sets, new Comparison(
					new ColumnRef(null, key.column()), ComparisonOperator.EQ, bind(key, this.keys.get(update.ref()))));
			NestedWriter.this.executor.update(statement(statement, model, EntityWriter.UPDATE));
		}

		private void linkChildren(LinkChildren link) {
			Relation relation = link.relation();
			Object parentKey = this.keys.get(link.parent());
			if (relation.linksOneChild()) {
				requireNoOtherChild(relation, parentKey, link.childKeys());
			}
			int linked = setForeignKey(relation, parentKey, link.childKeys(), null);
			if (linked != link.childKeys().size()) {
				throw new DataIntegrityViolationException("connect(\"" + relation.name() + "\") on "
						+ relation.source().name() + ": some of " + UserInput.list(link.childKeys()) + " are no "
						+ relation.target().name() + " keys; " + linked + " of " + link.childKeys().size() + " found");
			}
		}

		private void unlinkChildren(UnlinkChildren unlink) {
			Relation relation = unlink.relation();
			Object parentKey = this.keys.get(unlink.parent());
			setForeignKey(relation, null, unlink.childKeys(), parentKey);
		}

		/**
		 * {@code UPDATE child SET fk = ? WHERE key IN (...) [AND fk = ?]}.
		 */
		private int setForeignKey(Relation relation, @Nullable Object value, List<Object> childKeys,
				@Nullable Object currentParent) {
			EntityModel<?> child = relation.target();
			ModelProperty foreignKey = relation.targetKey();
			ModelProperty key = child.keys().get(0);
			List<Expression> keys = new ArrayList<>();
			childKeys.forEach((k) -> keys.add(bind(key, k)));
			Condition where = new InList(new ColumnRef(null, key.column()), keys, false);
			if (currentParent != null) {
				where = Condition.and(where, new Comparison(new ColumnRef(null, foreignKey.column()),
						ComparisonOperator.EQ, bind(foreignKey, currentParent)));
			}
			Update update = new Update(QueryCompiler.table(child, null),
					List.of(new Assignment(foreignKey.column(), bind(foreignKey, value))), where);
			return NestedWriter.this.executor.update(statement(update, child, EntityWriter.UPDATE));
		}

		private void requireNoOtherChild(Relation relation, Object parentKey, List<Object> childKeys) {
			EntityModel<?> child = relation.target();
			ModelProperty key = child.keys().get(0);
			ModelProperty foreignKey = relation.targetKey();
			List<Expression> keys = new ArrayList<>();
			childKeys.forEach((k) -> keys.add(bind(key, k)));
			Condition where = Condition.and(
					new Comparison(new ColumnRef("t0", foreignKey.column()), ComparisonOperator.EQ,
							bind(foreignKey, parentKey)),
					new InList(new ColumnRef("t0", key.column()), keys, true),
					new NullCheck(new ColumnRef("t0", key.column()), true));
			Select count = Select.builder()
				.select(List.of(new SelectItem(new CountAll(), null)))
				.from(QueryCompiler.table(child, "t0"))
				.where(where)
				.build();
			Object found = NestedWriter.this.executor.queryValue(statement(count, child, "select"), Long.class);
			if (found != null && ((Number) found).longValue() > 0) {
				throw new DataIntegrityViolationException("connect(\"" + relation.name() + "\"): "
						+ relation.source().name() + " " + parentKey + " already has a " + child.name() + " ("
						+ relation.kind().label() + "); disconnect it first");
			}
		}

		private Bind bind(ModelProperty property, @Nullable Object value) {
			ValueConversions conversions = NestedWriter.this.schema.conversions();
			Object converted = conversions.toBindValue(value, property);
			return new Bind(converted, property.columnType());
		}

		private SqlStatement statement(Statement statement, EntityModel<?> model, String operation) {
			return SqlStatement.of(NestedWriter.this.executor.profile().renderer().render(statement), model.name(),
					operation);
		}

	}

}
