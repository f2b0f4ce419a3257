package dev.relata.orm.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.Environment;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Relata test slice: the application's {@code DataSource}, its migrations (Flyway,
 * Liquibase or SQL scripts), its transactions, and Relata with the application's models,
 * relations and one {@code OrmRepository<T>} per model, without the web layer, services
 * or other components. A {@link dev.relata.orm.boot.test.query.QueryRecorder} bean
 * records the statements each test runs, for query budgets; a {@code JdbcTemplate} checks
 * rows with plain SQL.
 * <p>
 * Component scanning keeps the classes that configure Relata: those that declare a
 * {@code RelationDefinitions}, {@code ValueConverter}, {@code NamingStrategy},
 * {@code OrmSchemaBuilderCustomizer}, {@code OrmBuilderCustomizer} or
 * {@code StatementListener} bean or are one, and those annotated with
 * {@code @OrmModelScan}. Add others with {@link #includeFilters()}.
 * <p>
 * Each test runs in a transaction that is rolled back when it ends. The database is an
 * embedded one that replaces the application's, unless the application's comes from a
 * Testcontainers {@code @ServiceConnection} or a {@code @DynamicPropertySource}; annotate
 * the test class with {@code @AutoConfigureTestDatabase(replace = Replace.NONE)} to keep
 * the configured one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(OrmTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(OrmTypeExcludeFilter.class)
@Transactional
@AutoConfigureOrm
@AutoConfigureTestDatabase
@ImportAutoConfiguration
public @interface OrmTest {

	/**
	 * Properties in form {@literal key=value} that should be added to the Spring
	 * {@link Environment} before the test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether the default filters apply to component scanning: when {@code true}, only
	 * the classes that configure Relata are kept (see {@link OrmTest}).
	 * @return whether the default filters apply
	 * @see #includeFilters()
	 * @see #excludeFilters()
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Filters of the components to add to those the default filters keep.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters of the components to leave out, even when another filter keeps them.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configurations to leave out of this test.
	 * @return the auto-configurations to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
