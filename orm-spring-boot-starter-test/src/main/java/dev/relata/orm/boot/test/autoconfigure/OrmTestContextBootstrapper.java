package dev.relata.orm.boot.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps {@link OrmTest @OrmTest} classes: Spring Boot's test bootstrapping, with the
 * annotation's {@code properties}.
 */
final class OrmTestContextBootstrapper extends TestSliceTestContextBootstrapper<OrmTest> {

}
