package dev.relata.orm.internal.query;

import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * One assignment of a set-based update.
 *
 * @param property the column property
 * @param columnValue the value as stored (converted through the property's converter)
 */
public record PropertyAssignment(ModelProperty property, @Nullable Object columnValue) {
}
