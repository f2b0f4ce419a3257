package dev.relata.orm.query;

import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;

/**
 * One {@code orderBy} of a query.
 *
 * @param property the column property
 * @param direction the direction
 * @param nulls where NULLs go, or {@code null} for the default (smallest)
 */
record Ordering(ModelProperty property, Direction direction, @Nullable Nulls nulls) {
}
