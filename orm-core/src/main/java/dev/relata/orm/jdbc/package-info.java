/**
 * The statement listener API: a {@link dev.relata.orm.jdbc.StatementListener} registered
 * on the {@code Orm} sees every {@link dev.relata.orm.jdbc.ExecutedStatement} with its
 * SQL, binds and model. Statement execution itself lives in
 * {@code dev.relata.orm.internal.jdbc}.
 */
@NullMarked
package dev.relata.orm.jdbc;

import org.jspecify.annotations.NullMarked;
