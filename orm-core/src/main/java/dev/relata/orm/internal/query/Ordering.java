package dev.relata.orm.internal.query;

import dev.relata.orm.schema.ModelProperty;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.Nulls;

/**
 * One {@code orderBy} of a query.
 *
 * @param property the column property
 * @param direction the direction
 * @param nulls where NULLs go, or {@code null} for the default (smallest)
 */
public record Ordering(ModelProperty property, Direction direction, @Nullable Nulls nulls) {
}
