/**
 * Tests of the query recorder and its assertions, on statements made up for them.
 */
@NullMarked
package dev.relata.orm.boot.test.query;

import org.jspecify.annotations.NullMarked;
