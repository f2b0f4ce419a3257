/**
 * Models and their mapping: annotations ({@link dev.relata.orm.schema.Table},
 * {@link dev.relata.orm.schema.Id}, {@link dev.relata.orm.schema.Column}, ...), naming,
 * keys, value conversion, and {@link dev.relata.orm.schema.OrmSchema}, which reads and
 * validates every model once when it is built. Reflection happens only at build time;
 * per-row work uses precomputed method handles and property indexes. Depends only on
 * {@code dev.relata.orm.exception}.
 */
@NullMarked
package dev.relata.orm.schema;

import org.jspecify.annotations.NullMarked;
