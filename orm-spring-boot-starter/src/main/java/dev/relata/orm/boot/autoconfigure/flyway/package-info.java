/**
 * Auto-configuration of Relata's foreign keys with Flyway.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.flyway;

import org.jspecify.annotations.NullMarked;
