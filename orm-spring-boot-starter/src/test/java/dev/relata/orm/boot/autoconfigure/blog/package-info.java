/**
 * Test models: a small blog.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.blog;

import org.jspecify.annotations.NullMarked;
