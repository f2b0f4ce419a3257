/**
 * The SQL statements Relata sends while the application serves a request: recorded per
 * request, returned by {@code /api/loads} and counted in the {@code Relata-Statements}
 * response header.
 */
@NullMarked
package dev.relata.sample.statements;

import org.jspecify.annotations.NullMarked;
