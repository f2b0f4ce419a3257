package dev.relata.orm.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Adds a {@link dev.relata.orm.boot.test.query.QueryRecorder} bean to a test's
 * application context, for query budgets in tests other than {@link OrmTest @OrmTest}
 * (which has one), such as a {@code @SpringBootTest}. The starter hands it to the
 * auto-configured {@code Orm}; it is reset right before each test method. Needs AssertJ.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureQueryRecorder {

}
