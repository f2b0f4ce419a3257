package dev.relata.orm.schema;

import java.util.List;

/**
 * A model class as read once by {@link ModelReader}: its properties in constructor or
 * declaration order and how to create instances.
 *
 * @param type the model type
 * @param record whether the model is a record
 * @param properties the properties, indexed as the model's properties will be
 * @param instantiator creates instances from values by property index
 */
record ModelSource(Class<?> type, boolean record, List<PropertySource> properties, Instantiator instantiator) {

	String name() {
		return this.type.getSimpleName();
	}

}
