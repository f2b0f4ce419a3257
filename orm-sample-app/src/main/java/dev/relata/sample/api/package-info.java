/**
 * The blog's JSON API: each endpoint a few lines over a Relata repository, with bad input
 * answered by a 400 {@code application/problem+json} that names the field.
 */
@NullMarked
package dev.relata.sample.api;

import org.jspecify.annotations.NullMarked;
