/**
 * Relata's foreign keys with Flyway: the repeatable migration that applies them, the
 * check that validates them, and the warning when no Flyway runs the migration.
 */
@NullMarked
package dev.relata.orm.boot.flyway;

import org.jspecify.annotations.NullMarked;
