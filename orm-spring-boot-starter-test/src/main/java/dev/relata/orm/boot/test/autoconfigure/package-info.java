/**
 * The {@link dev.relata.orm.boot.test.autoconfigure.OrmTest @OrmTest} test slice and
 * {@link dev.relata.orm.boot.test.autoconfigure.AutoConfigureQueryRecorder
 * @AutoConfigureQueryRecorder}, which adds a query recorder to any Spring Boot test.
 */
@NullMarked
package dev.relata.orm.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
