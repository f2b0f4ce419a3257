package dev.relata.orm.boot.test.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Points a Spring test class ({@code @OrmTest}, {@code @SpringBootTest}) at the
 * {@link dev.relata.orm.testing.TestDatabase} that {@link TestDatabaseLauncher} runs it
 * on: the application's {@code DataSource} gets that database's URL and is kept (not
 * replaced by an embedded one), and the context is closed after the class, so that the
 * next launch, on another database, starts its own. Starting fails unless the
 * {@code DataSource} really is the launched database. Declare it on a subclass of the
 * test class, in the {@code *IntegrationTests} class that launches it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext
public @interface OnTestDatabase {

}
