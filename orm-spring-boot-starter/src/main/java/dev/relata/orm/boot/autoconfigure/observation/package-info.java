/**
 * Auto-configuration of Relata's metrics: what Spring Boot's observation-derived timers
 * do not already record.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
