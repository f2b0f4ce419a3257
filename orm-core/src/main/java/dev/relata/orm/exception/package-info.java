/**
 * Exceptions of Relata: misuse of the API
 * ({@link dev.relata.orm.exception.OrmUsageException} and its subclasses) and rows that
 * cannot be mapped. SQL failures are not here: they surface as Spring's
 * {@code DataAccessException} hierarchy. A leaf package: it depends on nothing else of
 * Relata.
 */
@NullMarked
package dev.relata.orm.exception;

import org.jspecify.annotations.NullMarked;
