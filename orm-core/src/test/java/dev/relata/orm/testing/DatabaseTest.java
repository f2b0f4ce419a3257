package dev.relata.orm.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test method once per real database: PostgreSQL, MariaDB and H2, in
 * that order. Each invocation is named {@code methodName [PostgreSQL]} and receives a
 * {@link TestDatabase} parameter for its database.
 * <p>
 * PostgreSQL and MariaDB come from an environment variable URL, the local server on its
 * default port, or Testcontainers; when none answers the invocation is skipped, or fails
 * when {@link RequiredDatabases required}. Each test class gets its own schema or
 * database, dropped after the class; methods of a class share it and recreate their
 * tables.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(DatabaseInvocationProvider.class)
public @interface DatabaseTest {

	/**
	 * The only databases to run against; empty (the default) means all.
	 * @return the databases to run against
	 */
	DatabaseKind[] only() default {};

	/**
	 * Databases not to run against, applied after {@link #only()}.
	 * @return the databases to leave out
	 */
	DatabaseKind[] exclude() default {};

}
