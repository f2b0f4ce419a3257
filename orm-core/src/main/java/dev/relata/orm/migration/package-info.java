/**
 * The foreign keys of a schema as a migration that brings a live database to them, such
 * as the repeatable Flyway migration the Spring Boot starter contributes.
 * {@link dev.relata.orm.migration.ForeignKeyMigration} renders the declared state
 * ({@code OrmDdl.render} of {@code OrmDdl.foreignKeys}) with its checksum, and applies it
 * on the {@link java.sql.Connection} it is handed: planning is pure (declared foreign
 * keys, a catalog snapshot and the names of the constraints Relata created, to a plan of
 * statements, unit-tested without a database); only the front door reads the catalog and
 * runs the plan through {@code jdbc}. A package of its own, beside {@code ddl} (which
 * stays plain text generation without JDBC), because its public API receives a
 * {@code Connection}; it touches no other {@code java.sql} type. Depends on
 * {@code catalog}, {@code ddl}, {@code schema}, {@code sql.dialect}, {@code jdbc} and
 * {@code exception}.
 */
@NullMarked
package dev.relata.orm.migration;

import org.jspecify.annotations.NullMarked;
