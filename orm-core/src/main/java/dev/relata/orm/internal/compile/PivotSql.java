package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Delete;
import dev.relata.orm.internal.sql.Exists;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.Insert;
import dev.relata.orm.internal.sql.InsertSelect;
import dev.relata.orm.internal.sql.NumberLiteral;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import org.jspecify.annotations.Nullable;

/**
 * The statements of pivot operations on one many-to-many relation: lock the owner, read
 * its targets, insert join rows (guarded by {@code NOT EXISTS}, or
 * {@code ON CONFLICT DO NOTHING}) and delete them.
 */
public final class PivotSql {

	private final Relation relation;

	private final EntityModel<?> owner;

	private final EntityModel<?> through;

	private final ModelProperty from;

	private final ModelProperty to;

	private final ValueConversions conversions;

	/**
	 * Creates the pivot statements of a manyToMany, morphToMany or morphedByMany
	 * relation.
	 * @param relation the relation
	 * @param conversions converts key values to the join model's key types
	 */
	public PivotSql(Relation relation, ValueConversions conversions) {
		this.conversions = conversions;
		this.relation = relation;
		this.owner = relation.source();
		this.through = relation.through().orElseThrow();
		this.from = relation.throughSourceKey().orElseThrow();
		this.to = relation.throughTargetKey().orElseThrow();
	}

	/**
	 * Returns the join model's key pointing at the owner.
	 * @return the property
	 */
	public ModelProperty from() {
		return this.from;
	}

	/**
	 * Returns the join model's key pointing at the target.
	 * @return the property
	 */
	public ModelProperty to() {
		return this.to;
	}

	/**
	 * Returns the join model.
	 * @return the join model
	 */
	public EntityModel<?> through() {
		return this.through;
	}

	/** {@code SELECT o.key FROM owner o WHERE o.key = ? FOR UPDATE}. */
	public Select lockOwner(Object ownerKey) {
		ModelProperty key = this.relation.sourceKey();
		return Select.builder()
			.select(List.of(new SelectItem(column("o", key), null)))
			.from(QueryCompiler.table(this.owner, "o"))
			.where(equalsBind("o", key, ownerKey))
			.forUpdate()
			.build();
	}

	/**
	 * {@code SELECT p.to FROM pivot p WHERE p.from = ? [AND p.type = ?]}: the join rows
	 * of a morphToMany or morphedByMany are only those of its type.
	 */
	public Select targets(Object ownerKey) {
		Condition where = MorphConditions.and(equalsBind("p", this.from, ownerKey),
				MorphConditions.onJoinRows(this.relation, "p"));
		return Select.builder()
			.select(List.of(new SelectItem(column("p", this.to), null)))
			.from(QueryCompiler.table(this.through, "p"))
			.where(where)
			.build();
	}

	/**
	 * {@code INSERT INTO pivot (from, to, extras) SELECT ?, ?, ... FROM owner o WHERE o.key = ? AND NOT
	 * EXISTS (SELECT 1 FROM pivot p WHERE p.from = ? AND p.to = ?)}: idempotent
	 * everywhere, and it inserts nothing for an owner that does not exist.
	 */
	public InsertSelect guardedInsert(Object ownerKey, Object targetKey, Map<ModelProperty, Object> extras) {
		List<String> columns = new ArrayList<>();
		List<SelectItem> values = new ArrayList<>();
		columns.add(this.from.column());
		values.add(new SelectItem(bind(this.from, ownerKey), null));
		columns.add(this.to.column());
		values.add(new SelectItem(bind(this.to, targetKey), null));
		extras.forEach((property, value) -> {
			columns.add(property.column());
			values.add(new SelectItem(bind(property, value), null));
		});
		Select existing = Select.builder()
			.select(List.of(new SelectItem(new NumberLiteral(1), null)))
			.from(QueryCompiler.table(this.through, "p"))
			.where(MorphConditions.and(
					Condition.and(equalsBind("p", this.from, ownerKey), equalsBind("p", this.to, targetKey)),
					MorphConditions.onJoinRows(this.relation, "p")))
			.build();
		ModelProperty ownerColumn = this.relation.sourceKey();
		Condition where = Condition.and(equalsBind("o", ownerColumn, ownerKey), new Exists(existing, true));
		Select source = Select.builder().select(values).from(QueryCompiler.table(this.owner, "o")).where(where).build();
		return new InsertSelect(QueryCompiler.table(this.through, null), columns, source);
	}

	/**
	 * {@code INSERT INTO pivot (from, to, extras) VALUES (?, ?, ...) ON CONFLICT DO NOTHING}.
	 */
	public Insert insertIgnoringConflicts(Object ownerKey, Object targetKey, Map<ModelProperty, Object> extras) {
		List<String> columns = new ArrayList<>();
		List<Expression> row = new ArrayList<>();
		columns.add(this.from.column());
		row.add(bind(this.from, ownerKey));
		columns.add(this.to.column());
		row.add(bind(this.to, targetKey));
		extras.forEach((property, value) -> {
			columns.add(property.column());
			row.add(bind(property, value));
		});
		return new Insert(QueryCompiler.table(this.through, null), columns, List.of(row), List.of(), true);
	}

	/** {@code DELETE FROM pivot WHERE from = ? [AND to IN (...)]}. */
	public Delete delete(Object ownerKey, @Nullable List<Object> targetKeys) {
		Condition where = MorphConditions.and(new Comparison(new ColumnRef(null, this.from.column()),
				ComparisonOperator.EQ, bind(this.from, ownerKey)), MorphConditions.onJoinRows(this.relation, null));
		if (targetKeys != null) {
			List<Expression> values = new ArrayList<>();
			targetKeys.forEach((key) -> values.add(bind(this.to, key)));
			where = Condition.and(where, new InList(new ColumnRef(null, this.to.column()), values, false));
		}
		return new Delete(QueryCompiler.table(this.through, null), where);
	}

	private Condition equalsBind(String alias, ModelProperty property, Object value) {
		return new Comparison(column(alias, property), ComparisonOperator.EQ, bind(property, value));
	}

	private static ColumnRef column(String alias, ModelProperty property) {
		return new ColumnRef(alias, property.column());
	}

	/**
	 * Binds a value compared with or stored in a property: converted to the property's
	 * type, then through its converter.
	 */
	private Bind bind(ModelProperty property, @Nullable Object value) {
		Object converted = this.conversions.toBindValue(value, property);
		return new Bind(converted, property.columnType());
	}

}
