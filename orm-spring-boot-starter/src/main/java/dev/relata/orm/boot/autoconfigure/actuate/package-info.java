/**
 * Auto-configuration of Relata's actuator endpoint and health contributor.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
