package dev.relata.orm.internal.query;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.query.WhereGroup;

/**
 * The group filled inside {@code whereGroup(g -> ...)}.
 *
 * @param <T> the model type
 */
final class DefaultWhereGroup<T> extends AbstractWhereSpec<WhereGroup<T>, T> implements WhereGroup<T> {

	DefaultWhereGroup(EntityModel<T> model, OrmSchema schema) {
		super(model, schema);
	}

	@Override
	WhereGroup<T> self() {
		return this;
	}

}
