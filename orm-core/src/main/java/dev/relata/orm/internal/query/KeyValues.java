package dev.relata.orm.internal.query;

import java.util.List;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.ModelProperty;

/**
 * Splits a key value into the values of the model's key properties: a single value for a
 * single key, a {@link Key} for a composite one.
 */
public final class KeyValues {

	private KeyValues() {
	}

	/**
	 * Returns the key values in key-property order.
	 * @param model the model
	 * @param key a single value or a {@link Key}
	 * @return one value per key property
	 */
	public static List<Object> of(EntityModel<?> model, Object key) {
		List<ModelProperty> keys = model.keys();
		if (key instanceof Key composite) {
			if (composite.values().size() != keys.size()) {
				throw new OrmUsageException(model.name() + " has a key of " + keys.size() + " properties ("
						+ names(keys) + "), but " + composite + " has " + composite.values().size() + " values");
			}
			return composite.values();
		}
		if (keys.size() != 1) {
			throw new OrmUsageException(
					model.name() + " has a composite key (" + names(keys) + "); pass Key.of(" + names(keys) + ")");
		}
		return List.of(key);
	}

	private static String names(List<ModelProperty> keys) {
		return String.join(", ", keys.stream().map(ModelProperty::name).toList());
	}

}
