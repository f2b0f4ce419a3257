/**
 * Auto-configuration of the relation verifier at startup.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.verify;

import org.jspecify.annotations.NullMarked;
