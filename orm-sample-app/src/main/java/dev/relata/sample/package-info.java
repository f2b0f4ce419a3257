/**
 * The Relata sample application: a blog on Spring Boot and Relata, with JSON endpoints
 * ({@code dev.relata.sample.api}), its models and relations
 * ({@code dev.relata.sample.blog}), generated seed data ({@code dev.relata.sample.seed})
 * and the statements each request sent ({@code dev.relata.sample.statements}).
 */
@NullMarked
package dev.relata.sample;

import org.jspecify.annotations.NullMarked;
