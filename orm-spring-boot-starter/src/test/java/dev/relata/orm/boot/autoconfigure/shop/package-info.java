/**
 * Test models: a one-model shop, to tell two applications apart.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.shop;

import org.jspecify.annotations.NullMarked;
