/**
 * Micrometer observations of Relata: the documented observation names and tags, their
 * contexts and conventions. With {@code dev.relata.orm.internal.observation} the only
 * package that imports Micrometer; the rest of Relata starts observations there with
 * plain values. With the default no-op registry nothing is recorded and nothing is
 * allocated per statement beyond a context check.
 */
@NullMarked
package dev.relata.orm.observation;

import org.jspecify.annotations.NullMarked;
