/**
 * The only package of Relata that touches {@code java.sql} and Spring JDBC: statement
 * execution on the caller's transaction, the per-dialect value conversion table, row
 * reading by position, exception translation, statement logging and the lazily detected
 * database profile.
 */
@NullMarked
package dev.relata.orm.jdbc;

import org.jspecify.annotations.NullMarked;
