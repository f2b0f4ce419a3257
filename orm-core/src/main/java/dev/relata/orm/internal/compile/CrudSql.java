package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.sql.DatabaseProfile;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.And;
import dev.relata.orm.internal.sql.Assignment;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Delete;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.Insert;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.internal.sql.Update;
import dev.relata.orm.internal.sql.NullCheck;

/**
 * The SQL of one model's writes by key. It depends only on the schema and the database,
 * so it is rendered once; the bind order of each statement is fixed by the column lists
 * kept here.
 */
public final class CrudSql {

	/**
	 * Columns of an insert whose key the database generates: every column but the key.
	 */
	public final List<ModelProperty> generatedInsertColumns;

	/** Columns of an insert with assigned keys: every column. */
	public final List<ModelProperty> assignedInsertColumns;

	/** Columns set by an update by key: every column but the keys and the version. */
	public final List<ModelProperty> updateColumns;

	/** The INSERT of a row whose key the database generates. */
	public final String insertGenerated;

	/** The same INSERT returning the generated key, where the dialect has RETURNING. */
	public final String insertGeneratedReturning;

	/** Whether {@link #insertGeneratedReturning} is used. */
	public final boolean returning;

	/** The INSERT of a row whose key is assigned. */
	public final String insertAssigned;

	/** The UPDATE by key (and version, if any). */
	public final String update;

	/** The DELETE by key (and version, if any). */
	public final String delete;

	/** The DELETE by key alone. */
	public final String deleteByKey;

	/**
	 * {@code UPDATE t SET deleted_at = ? [, version = ?] WHERE key = ? [AND version = ?] AND deleted_at IS NULL}.
	 */
	public final String softDelete;

	/** {@code UPDATE t SET deleted_at = ? WHERE key = ? AND deleted_at IS NULL}. */
	public final String softDeleteByKey;

	/** The generated key column as the database stores its name. */
	public final String generatedKeyColumn;

	/**
	 * Renders the statements of one model for one database.
	 * @param model the model
	 * @param profile the database's dialect and identifier case
	 */
	public CrudSql(EntityModel<?> model, DatabaseProfile profile) {
		SqlRenderer renderer = profile.renderer();
		List<ModelProperty> columns = model.columns();
		this.assignedInsertColumns = columns;
		this.generatedInsertColumns = columns.stream().filter((c) -> !c.key()).toList();
		// The deleted-at column is written only by delete and restore, never by
		// update(entity).
		this.updateColumns = columns.stream().filter((c) -> !c.key() && !c.version() && !c.softDelete()).toList();
		ModelProperty firstKey = model.keys().get(0);
		this.generatedKeyColumn = profile.identifierCase().fold(firstKey.column());
		this.returning = profile.dialect().supportsInsertReturning();
		this.insertAssigned = renderer.render(insert(model, this.assignedInsertColumns, List.of())).sql();
		if (model.generatedKey() && !this.generatedInsertColumns.isEmpty()) {
			this.insertGenerated = renderer.render(insert(model, this.generatedInsertColumns, List.of())).sql();
			this.insertGeneratedReturning = this.returning
					? renderer.render(insert(model, this.generatedInsertColumns, List.of(firstKey.column()))).sql()
					: this.insertGenerated;
		}
		else {
			this.insertGenerated = "";
			this.insertGeneratedReturning = "";
		}
		this.update = this.updateColumns.isEmpty() && model.version().isEmpty() ? ""
				: renderer.render(update(model, this.updateColumns)).sql();
		this.delete = renderer.render(new Delete(QueryCompiler.table(model, null), keyCondition(model, true))).sql();
		this.deleteByKey = renderer.render(new Delete(QueryCompiler.table(model, null), keyCondition(model, false)))
			.sql();
		ModelProperty deletedAt = model.softDelete().orElse(null);
		this.softDelete = (deletedAt != null) ? renderer.render(softDelete(model, deletedAt, true)).sql() : "";
		this.softDeleteByKey = (deletedAt != null) ? renderer.render(softDelete(model, deletedAt, false)).sql() : "";
	}

	private static Insert insert(EntityModel<?> model, List<ModelProperty> columns, List<String> returning) {
		List<String> names = new ArrayList<>();
		List<Expression> row = new ArrayList<>();
		for (ModelProperty column : columns) {
			names.add(column.column());
			row.add(new Bind(null, column.columnType()));
		}
		return new Insert(QueryCompiler.table(model, null), names, List.of(row), returning);
	}

	private static Update update(EntityModel<?> model, List<ModelProperty> columns) {
		List<Assignment> sets = new ArrayList<>();
		for (ModelProperty column : columns) {
			sets.add(new Assignment(column.column(), new Bind(null, column.columnType())));
		}
		model.version()
			.ifPresent((version) -> sets.add(new Assignment(version.column(), new Bind(null, version.columnType()))));
		return new Update(QueryCompiler.table(model, null), sets, notDeleted(model, keyCondition(model, true)));
	}

	/**
	 * Adds {@code AND deleted_at IS NULL} for a model with soft deletes: a deleted row is
	 * not there for writes by key.
	 */
	private static Condition notDeleted(EntityModel<?> model, Condition condition) {
		return model.softDelete()
			.map((deletedAt) -> Condition.and(condition, new NullCheck(new ColumnRef(null, deletedAt.column()), false)))
			.orElse(condition);
	}

	private static Update softDelete(EntityModel<?> model, ModelProperty deletedAt, boolean withVersion) {
		List<Assignment> sets = new ArrayList<>();
		sets.add(new Assignment(deletedAt.column(), new Bind(null, deletedAt.columnType())));
		if (withVersion) {
			model.version()
				.ifPresent(
						(version) -> sets.add(new Assignment(version.column(), new Bind(null, version.columnType()))));
		}
		Condition notDeleted = new NullCheck(new ColumnRef(null, deletedAt.column()), false);
		return new Update(QueryCompiler.table(model, null), sets,
				Condition.and(keyCondition(model, withVersion), notDeleted));
	}

	/**
	 * The condition {@code key = ? [AND key2 = ?] [AND version = ?]} of writes by key.
	 */
	private static Condition keyCondition(EntityModel<?> model, boolean withVersion) {
		List<Condition> conditions = new ArrayList<>();
		for (ModelProperty key : model.keys()) {
			conditions.add(equalsBind(key));
		}
		if (withVersion) {
			model.version().ifPresent((version) -> conditions.add(equalsBind(version)));
		}
		return (conditions.size() == 1) ? conditions.get(0) : new And(conditions);
	}

	private static Condition equalsBind(ModelProperty property) {
		return new Comparison(new ColumnRef(null, property.column()), ComparisonOperator.EQ,
				new Bind(null, property.columnType()));
	}

}
