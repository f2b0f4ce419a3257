/**
 * The relation verifier: checks a live database against an
 * {@link dev.relata.orm.schema.OrmSchema} (tables, columns and their types, the foreign
 * keys the relations imply with their actions, indexes on foreign-key columns, unique
 * pairs on join models, morph columns, nullability of foreign keys) and reports every
 * finding with the DDL that fixes it on that database.
 * {@link dev.relata.orm.verify.RelationVerifier#verify(javax.sql.DataSource)} reads a
 * {@link dev.relata.orm.internal.catalog.Catalog} through {@code jdbc.CatalogReader}; the
 * checks themselves compare schema and catalog as plain data, without JDBC. Receives a
 * {@code DataSource} at its front door and touches no other {@code java.sql} type;
 * depends on {@code catalog}, {@code ddl}, {@code schema}, {@code sql.dialect},
 * {@code jdbc} and {@code exception}.
 */
@NullMarked
package dev.relata.orm.verify;

import org.jspecify.annotations.NullMarked;
