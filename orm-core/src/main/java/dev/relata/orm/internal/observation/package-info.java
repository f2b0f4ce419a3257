/**
 * Starting and stopping the {@code orm.query} and {@code orm.relation.load} observations
 * with the documented contexts and conventions of {@code dev.relata.orm.observation}: the
 * one place the executing packages call, so each start, stop and error is written once.
 */
@NullMarked
package dev.relata.orm.internal.observation;

import org.jspecify.annotations.NullMarked;
