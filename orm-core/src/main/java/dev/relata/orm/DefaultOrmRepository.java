package dev.relata.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.relata.orm.internal.load.QueryReader;
import dev.relata.orm.internal.load.RepeatedLazyLoadDetector;
import dev.relata.orm.internal.query.KeyValues;
import dev.relata.orm.internal.query.Queries;
import dev.relata.orm.query.Query;
import dev.relata.orm.internal.query.QueryEngine;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.write.EntityWriter;
import dev.relata.orm.write.NestedWrite;
import dev.relata.orm.internal.write.NestedWriter;
import dev.relata.orm.internal.write.PivotOperations;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.Relation;
import java.util.function.Consumer;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

/**
 * The repository of one model: queries through the shared engine, key lookups through the
 * reader, writes through the model's writer.
 *
 * @param <T> the model type
 */
final class DefaultOrmRepository<T> implements OrmRepository<T> {

	private final EntityModel<T> model;

	private final OrmSchema schema;

	private final ValueConversions conversions;

	private final QueryEngine engine;

	private final QueryReader reader;

	private final EntityWriter<T> writer;

	private final NestedWriter nestedWriter;

	private final PivotOperations pivots;

	private final RepeatedLazyLoadDetector lazyLoads;

	DefaultOrmRepository(EntityModel<T> model, OrmSchema schema, QueryEngine engine, QueryReader reader,
			EntityWriter<T> writer, NestedWriter nestedWriter, PivotOperations pivots,
			RepeatedLazyLoadDetector lazyLoads) {
		this.lazyLoads = lazyLoads;
		this.nestedWriter = nestedWriter;
		this.pivots = pivots;
		this.model = model;
		this.schema = schema;
		this.conversions = schema.conversions();
		this.engine = engine;
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public Query<T> query() {
		return Queries.create(this.model, this.schema, this.engine);
	}

	@Override
	public Optional<T> findById(Object id) {
		UserInput.requireNonNull(id, "findById", "id");
		return this.reader.findByKey(this.model, keyBinds(id));
	}

	@Override
	public T insert(T entity) {
		UserInput.requireNonNull(entity, "insert", "entity");
		return this.writer.insert(entity);
	}

	@Override
	public List<T> insertAll(Collection<? extends T> entities) {
		UserInput.requireNoNulls(entities, "insertAll", "entities");
		return this.writer.insertAll(entities);
	}

	@Override
	public T insert(T entity, Consumer<NestedWrite<T>> writes) {
		UserInput.requireNonNull(entity, "insert", "entity");
		UserInput.requireNonNull(writes, "insert", "writes");
		return this.nestedWriter.executeInsert(this.nestedWriter.planInsert(this.model, entity, writes));
	}

	@Override
	public T update(Object key, Consumer<NestedWrite<T>> writes) {
		UserInput.requireNonNull(key, "update", "key");
		UserInput.requireNonNull(writes, "update", "writes");
		this.nestedWriter.execute(this.nestedWriter.planUpdate(this.model, key, writes));
		return findById(key).orElseThrow(() -> new IncorrectUpdateSemanticsDataAccessException(
				"No " + this.model.name() + " with key " + key + " after the update"));
	}

	@Override
	public <R> Related<R> related(T entity, String relation, Class<R> target) {
		UserInput.requireNonNull(entity, "related", "entity");
		UserInput.requireNonNull(relation, "related", "relation");
		UserInput.requireNonNull(target, "related", "target");
		Relation found = this.schema.relation(this.model.type(), relation);
		boolean fits = (found.loadsPerType())
				? found.morphTargets().values().stream().allMatch((t) -> target.isAssignableFrom(t.type()))
				: found.target().type() == target;
		if (!fits) {
			throw new OrmUsageException("related(..., \"" + relation + "\", " + target.getSimpleName()
					+ ".class): the relation's target is " + found.target().name());
		}
		this.lazyLoads.read(this.model.name(), relation);
		return new DefaultRelated<>(found, entity, this.schema, this.engine, this.pivots);
	}

	@Override
	public T update(T entity) {
		UserInput.requireNonNull(entity, "update", "entity");
		return this.writer.update(entity);
	}

	@Override
	public void delete(T entity) {
		UserInput.requireNonNull(entity, "delete", "entity");
		this.writer.delete(entity);
	}

	@Override
	public boolean deleteById(Object id) {
		UserInput.requireNonNull(id, "deleteById", "id");
		return this.writer.deleteByKey(keyBinds(id));
	}

	@Override
	public EntityModel<T> model() {
		return this.model;
	}

	private List<Bind> keyBinds(Object id) {
		List<Object> values = KeyValues.of(this.model, id);
		List<ModelProperty> keys = this.model.keys();
		List<Bind> binds = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			ModelProperty key = keys.get(i);
			binds.add(new Bind(this.conversions.toBindValue(values.get(i), key), key.columnType()));
		}
		return binds;
	}

	@Override
	public String toString() {
		return "OrmRepository<" + this.model.name() + ">";
	}

}
