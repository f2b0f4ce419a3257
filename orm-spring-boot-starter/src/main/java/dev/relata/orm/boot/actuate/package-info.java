/**
 * Relata in Spring Boot's actuator: the {@code orm} endpoint (schema, ER diagram,
 * verifier findings, load counts) and the {@code orm} health contributor.
 */
@NullMarked
package dev.relata.orm.boot.actuate;

import org.jspecify.annotations.NullMarked;
