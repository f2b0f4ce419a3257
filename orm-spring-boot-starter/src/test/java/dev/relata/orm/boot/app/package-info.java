/**
 * A test application on the starter, for the full-context tests on real databases.
 */
@NullMarked
package dev.relata.orm.boot.app;

import org.jspecify.annotations.NullMarked;
