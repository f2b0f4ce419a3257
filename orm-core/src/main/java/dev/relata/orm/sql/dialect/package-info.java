/**
 * Database dialects: what each supported database can do, as named capabilities
 * ({@link dev.relata.orm.sql.dialect.Dialect#supportsLateral()},
 * {@link dev.relata.orm.sql.dialect.Dialect#maxBindParameters()}, ...), and how it quotes
 * identifiers. {@link dev.relata.orm.sql.dialect.Dialects} holds the supported dialects
 * and detects one from the database product name. Vendor names are compared only there. A
 * leaf package: it depends only on {@code dev.relata.orm.exception}, never on
 * {@code java.sql}.
 */
@NullMarked
package dev.relata.orm.sql.dialect;

import org.jspecify.annotations.NullMarked;
