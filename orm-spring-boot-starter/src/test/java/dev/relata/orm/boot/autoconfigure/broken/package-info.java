/**
 * Test models that do not make a valid schema.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.broken;

import org.jspecify.annotations.NullMarked;
