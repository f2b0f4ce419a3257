/**
 * The only package of Relata that works with {@code java.sql} and Spring JDBC: statement
 * execution on the caller's transaction, the per-dialect value conversion table, row
 * reading by position, exception translation, statement logging, the lazily detected
 * database profile, the {@link dev.relata.orm.jdbc.CatalogReader} that reads a
 * {@link dev.relata.orm.catalog.Catalog} through {@code DatabaseMetaData}, and
 * {@link dev.relata.orm.jdbc.ConnectionStatements} on a connection the caller owns.
 */
@NullMarked
package dev.relata.orm.jdbc;

import org.jspecify.annotations.NullMarked;
