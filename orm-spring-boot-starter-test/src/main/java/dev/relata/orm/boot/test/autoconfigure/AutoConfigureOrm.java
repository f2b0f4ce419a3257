package dev.relata.orm.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureDataSourceInitialization;

/**
 * Imports the auto-configurations of a typical Relata test: the {@code DataSource}, its
 * transaction manager and transactions, database migrations (Flyway, Liquibase, SQL
 * scripts), Relata with its Flyway foreign keys, Testcontainers service connections, a
 * {@link dev.relata.orm.boot.test.query.QueryRecorder}, and a {@code JdbcTemplate} and
 * {@code JdbcClient} to check rows with plain SQL. Most tests use
 * {@link OrmTest @OrmTest}, which includes this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureDataSourceInitialization
@ImportAutoConfiguration
public @interface AutoConfigureOrm {

}
