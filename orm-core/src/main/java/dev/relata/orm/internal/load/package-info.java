/**
 * Reading: runs compiled queries through the JDBC layer and builds model instances from
 * rows held as column arrays. Relation load planning (strategies, auto rules, explain)
 * and the loaders arrive here; the chunked reading of
 * {@link dev.relata.orm.internal.load.QueryReader#stream} is the seam where relation
 * loads will apply per chunk.
 */
@NullMarked
package dev.relata.orm.internal.load;

import org.jspecify.annotations.NullMarked;
