/**
 * User input as exception messages show it: names, values and key lists quoted up to a
 * bounded length, and {@code null} arguments refused by method and argument name. A leaf
 * that depends only on {@code dev.relata.orm.exception}, used by the front door, the
 * query implementation and the writers; not API.
 */
@NullMarked
package dev.relata.orm.internal.input;

import org.jspecify.annotations.NullMarked;
