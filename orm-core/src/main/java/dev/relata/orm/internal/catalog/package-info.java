/**
 * What a live database has, as its JDBC {@code DatabaseMetaData} reports it: tables,
 * columns with their types and nullability, primary keys, indexes and imported foreign
 * keys with their rules, as plain immutable data. {@code jdbc.CatalogReader} reads a
 * {@link dev.relata.orm.internal.catalog.Catalog}; the relation verifier and the
 * foreign-key migration compare it with the schema without touching JDBC, so both are
 * unit-tested on hand-made catalogs. Names are kept as the database stores them;
 * {@link dev.relata.orm.internal.catalog.CatalogNaming} folds a schema's names to match.
 * Depends only on {@code schema} (referential actions), {@code sql.dialect} (identifier
 * case) and {@code exception}; never on {@code java.sql}.
 */
@NullMarked
package dev.relata.orm.internal.catalog;

import org.jspecify.annotations.NullMarked;
