package dev.relata.orm;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UserInput;
import dev.relata.orm.query.MorphConditions;
import dev.relata.orm.query.Queries;
import dev.relata.orm.query.Query;
import dev.relata.orm.query.QueryEngine;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.RelationKind;
import dev.relata.orm.sql.Bind;
import dev.relata.orm.sql.ColumnRef;
import dev.relata.orm.sql.Comparison;
import dev.relata.orm.sql.ComparisonOperator;
import dev.relata.orm.sql.Condition;
import dev.relata.orm.sql.Constant;
import dev.relata.orm.sql.InSelect;
import dev.relata.orm.sql.Select;
import dev.relata.orm.sql.SelectItem;
import dev.relata.orm.write.PivotOperations;
import dev.relata.orm.write.SyncResult;
import org.jspecify.annotations.Nullable;

/**
 * The rows related to one instance: a scoped query for reads, the pivot operations for
 * writes.
 *
 * @param <R> the related model
 */
final class DefaultRelated<R> implements Related<R> {

	private final Relation relation;

	private final @Nullable Object ownerValue;

	private final OrmSchema schema;

	private final QueryEngine engine;

	private final PivotOperations pivots;

	private final @Nullable EntityModel<?> morphTarget;

	DefaultRelated(Relation relation, Object owner, OrmSchema schema, QueryEngine engine, PivotOperations pivots) {
		this.relation = relation;
		this.ownerValue = relation.sourceKey().get(owner);
		this.morphTarget = (relation.kind() == RelationKind.MORPH_TO) ? morphTarget(relation, owner) : null;
		this.schema = schema;
		this.engine = engine;
		this.pivots = pivots;
	}

	@Override
	public List<R> many() {
		return query().many();
	}

	@Override
	public Optional<R> one() {
		if (this.relation.toMany()) {
			throw new OrmUsageException("one() on " + this.relation.qualifiedName() + ": it is a "
					+ this.relation.kind().label() + " relation; use many() or query()");
		}
		return query().one();
	}

	@Override
	@SuppressWarnings("unchecked")
	public Query<R> query() {
		EntityModel<?> target = (this.morphTarget != null) ? this.morphTarget : this.relation.target();
		return Queries.scoped((EntityModel<R>) target, this.schema, this.engine, this::scope);
	}

	/**
	 * The model a morphTo row points at, by its type value.
	 */
	private static @Nullable EntityModel<?> morphTarget(Relation relation, Object owner) {
		Object type = relation.morphType().orElseThrow().get(owner);
		if (type == null) {
			return null;
		}
		EntityModel<?> target = relation.morphTargets().get(type.toString());
		if (target == null) {
			throw new OrmUsageException(relation.qualifiedName() + " holds the type '" + type
					+ "', which no model of the morphTo has; the known types are: "
					+ String.join(", ", relation.morphTargets().keySet()));
		}
		return target;
	}

	private Condition scope(@Nullable String alias) {
		if (this.ownerValue == null || (this.relation.kind() == RelationKind.MORPH_TO && this.morphTarget == null)) {
			return new Constant(false);
		}
		if (this.morphTarget != null) {
			ModelProperty key = this.morphTarget.keys().get(0);
			return new Comparison(new ColumnRef(alias, key.column()), ComparisonOperator.EQ,
					bind(key, this.ownerValue));
		}
		ModelProperty targetKey = this.relation.targetKey();
		ColumnRef column = new ColumnRef(alias, targetKey.column());
		if (!this.relation.kind().throughJoinModel()) {
			return MorphConditions.and(new Comparison(column, ComparisonOperator.EQ, bind(targetKey, this.ownerValue)),
					MorphConditions.onTarget(this.relation, alias));
		}
		ModelProperty from = this.relation.throughSourceKey().orElseThrow();
		ModelProperty to = this.relation.throughTargetKey().orElseThrow();
		Select targets = new Select(List.of(), false, List.of(new SelectItem(new ColumnRef("p", to.column()), null)),
				dev.relata.orm.query.QueryCompiler.table(this.relation.through().orElseThrow(), "p"), List.of(),
				MorphConditions.and(new Comparison(new ColumnRef("p", from.column()), ComparisonOperator.EQ,
						bind(from, this.ownerValue)), MorphConditions.onJoinRows(this.relation, "p")),
				List.of(), null, List.of(), null, null, false);
		return new InSelect(column, targets, false);
	}

	private Bind bind(ModelProperty property, Object value) {
		Object converted = this.schema.conversions().toBindValue(value, property);
		return new Bind(converted, property.columnType());
	}

	@Override
	public int attach(Object id) {
		return attach((id instanceof Collection<?> ids) ? ids : Collections.singletonList(id));
	}

	@Override
	public int attach(Collection<?> ids) {
		return attach(ids, Map.of());
	}

	@Override
	public int attach(Collection<?> ids, Map<String, ?> extras) {
		UserInput.requireNonNull(ids, "attach", "ids");
		UserInput.requireNonNull(extras, "attach", "extras");
		return this.pivots.attach(this.relation, ownerKey(), ids, extras);
	}

	@Override
	public int detach(Object id) {
		return detach((id instanceof Collection<?> ids) ? ids : Collections.singletonList(id));
	}

	@Override
	public int detach(Collection<?> ids) {
		UserInput.requireNonNull(ids, "detach", "ids");
		return this.pivots.detach(this.relation, ownerKey(), ids);
	}

	@Override
	public int detachAll() {
		return this.pivots.detachAll(this.relation, ownerKey());
	}

	@Override
	public SyncResult sync(Collection<?> ids) {
		return sync(ids, Map.of());
	}

	@Override
	public SyncResult sync(Collection<?> ids, Map<String, ?> extras) {
		UserInput.requireNonNull(ids, "sync", "ids");
		UserInput.requireNonNull(extras, "sync", "extras");
		return this.pivots.sync(this.relation, ownerKey(), ids, extras);
	}

	@Override
	public SyncResult toggle(Collection<?> ids) {
		UserInput.requireNonNull(ids, "toggle", "ids");
		return this.pivots.toggle(this.relation, ownerKey(), ids);
	}

	private Object ownerKey() {
		if (this.ownerValue == null) {
			throw new OrmUsageException(this.relation.source().name() + " has no " + this.relation.sourceKey().name()
					+ " yet; insert it before managing " + this.relation.name());
		}
		return this.ownerValue;
	}

}
