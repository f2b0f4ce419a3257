/**
 * Runs Spring test classes of this module on the real databases of orm-core's test
 * fixture: {@link dev.relata.orm.boot.test.testing.TestDatabaseLauncher} launches a class
 * annotated with {@link dev.relata.orm.boot.test.testing.OnTestDatabase @OnTestDatabase}
 * on one {@link dev.relata.orm.testing.TestDatabase}.
 */
@NullMarked
package dev.relata.orm.boot.test.testing;

import org.jspecify.annotations.NullMarked;
