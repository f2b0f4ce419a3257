/**
 * The relation verifier at startup: runs it after the migrations, logs or fails on its
 * findings, and keeps its report for the actuator.
 */
@NullMarked
package dev.relata.orm.boot.verify;

import org.jspecify.annotations.NullMarked;
