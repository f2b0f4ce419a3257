package dev.relata.orm.internal.query;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.query.Query;

/**
 * Creates queries; used by repositories.
 */
public final class Queries {

	private Queries() {
	}

	/**
	 * Creates a new query on a model.
	 * @param <T> the model type
	 * @param model the model
	 * @param schema the schema the model and its relations belong to
	 * @param engine runs the finished query
	 * @return a new, empty query
	 */
	public static <T> Query<T> create(EntityModel<T> model, OrmSchema schema, QueryEngine engine) {
		return new DefaultQuery<>(model, schema, engine);
	}

	/**
	 * Creates a new query on a model that always carries a fixed condition.
	 * @param <T> the model type
	 * @param model the model
	 * @param schema the schema the model and its relations belong to
	 * @param engine runs the finished query
	 * @param scope the fixed condition, joined with AND to the query's own
	 * @return a new query
	 */
	public static <T> Query<T> scoped(EntityModel<T> model, OrmSchema schema, QueryEngine engine, QueryScope scope) {
		DefaultQuery<T> query = new DefaultQuery<>(model, schema, engine);
		query.add(false, new Clause.Scoped(scope));
		return query;
	}

}
