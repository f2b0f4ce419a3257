/**
 * Foreign-key and table DDL generated from an {@link dev.relata.orm.schema.OrmSchema}:
 * {@link dev.relata.orm.ddl.OrmDdl#foreignKeys(dev.relata.orm.schema.OrmSchema)} gives
 * the foreign-key model with deterministic constraint and index names,
 * {@link dev.relata.orm.ddl.OrmDdl#render(java.util.List, dev.relata.orm.sql.dialect.Dialect)}
 * its SQL, and
 * {@link dev.relata.orm.ddl.OrmDdl#createTables(dev.relata.orm.schema.OrmSchema, dev.relata.orm.sql.dialect.Dialect)}
 * the tables. Plain text generation: depends only on {@code schema}, {@code sql},
 * {@code sql.dialect} and {@code exception}, never on JDBC.
 */
@NullMarked
package dev.relata.orm.ddl;

import org.jspecify.annotations.NullMarked;
