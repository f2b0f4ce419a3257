/**
 * Tests of the {@code @OrmTest} slice's parts, without a database.
 */
@NullMarked
package dev.relata.orm.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
