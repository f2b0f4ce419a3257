/**
 * The only package of Relata that works with {@code java.sql} and Spring JDBC: statement
 * execution on the caller's transaction, the per-dialect value conversion table, row
 * reading by position, exception translation, statement logging, the lazily detected
 * database profile, the {@link dev.relata.orm.internal.jdbc.CatalogReader} that reads a
 * {@link dev.relata.orm.internal.catalog.Catalog} through {@code DatabaseMetaData}, and
 * {@link dev.relata.orm.internal.jdbc.ConnectionStatements} on a connection the caller
 * owns.
 */
@NullMarked
package dev.relata.orm.internal.jdbc;

import org.jspecify.annotations.NullMarked;
