/**
 * The Relata sample application: a runnable Spring Boot application on an embedded H2
 * database.
 */
@NullMarked
package dev.relata.sample;

import org.jspecify.annotations.NullMarked;
