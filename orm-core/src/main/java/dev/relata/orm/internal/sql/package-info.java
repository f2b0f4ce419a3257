/**
 * The SQL syntax tree ({@link dev.relata.orm.internal.sql.Statement},
 * {@link dev.relata.orm.internal.sql.Expression},
 * {@link dev.relata.orm.internal.sql.Condition},
 * {@link dev.relata.orm.internal.sql.FromItem}) and its rendering to SQL text plus binds
 * for one dialect ({@link dev.relata.orm.internal.sql.SqlRenderer}). Identifiers in the
 * tree are schema names, folded and quoted by the renderer; values only ever appear as
 * binds. Depends on {@code dev.relata.orm.sql.dialect} and
 * {@code dev.relata.orm.exception}; never on {@code java.sql}.
 */
@NullMarked
package dev.relata.orm.internal.sql;

import org.jspecify.annotations.NullMarked;
