package dev.relata.orm;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.internal.query.Queries;
import dev.relata.orm.internal.query.QueryScope;
import dev.relata.orm.query.Query;
import dev.relata.orm.internal.query.QueryEngine;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.write.PivotOperations;
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
		this.morphTarget = relation.loadsPerType() ? morphTarget(relation, owner) : null;
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
		return Queries.scoped((EntityModel<R>) target, this.schema, this.engine, scope());
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

	private QueryScope scope() {
		if (this.ownerValue == null || (this.relation.loadsPerType() && this.morphTarget == null)) {
			return new QueryScope.RelatedTo(this.relation, null, this.morphTarget);
		}
		ModelProperty compared = (this.morphTarget != null) ? this.morphTarget.keys().get(0)
				: this.relation.throughJoinModel() ? this.relation.throughSourceKey().orElseThrow()
						: this.relation.targetKey();
		return new QueryScope.RelatedTo(this.relation, this.schema.conversions().toBindValue(this.ownerValue, compared),
				this.morphTarget);
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
