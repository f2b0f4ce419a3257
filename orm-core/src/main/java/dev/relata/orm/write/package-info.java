/**
 * The write API beyond the repository's own methods:
 * {@link dev.relata.orm.write.NestedWrite}, the relation operations of a nested insert or
 * update, and {@link dev.relata.orm.write.SyncResult}, what a pivot {@code sync} or
 * {@code toggle} changed. Writing itself lives in {@code dev.relata.orm.internal.write}.
 */
@NullMarked
package dev.relata.orm.write;

import org.jspecify.annotations.NullMarked;
