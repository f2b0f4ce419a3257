package dev.relata.orm.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Names the packages in which Relata looks for models (classes annotated with
 * {@link dev.relata.orm.schema.Table @Table}) instead of the application's
 * auto-configuration packages. Put it on a {@code @Configuration} class (or the
 * {@code @SpringBootApplication} class):
 *
 * <pre class="code">
 * &#64;SpringBootApplication
 * &#64;OrmModelScan("com.example.blog.model")
 * class BlogApplication { ... }
 * </pre>
 *
 * The {@code relata.orm.model-packages} property, when set, wins over this annotation.
 * Several {@code @OrmModelScan} annotations add up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(OrmModelScanPackages.Registrar.class)
public @interface OrmModelScan {

	/**
	 * Alias for {@link #basePackages()}.
	 * @return the packages to scan
	 */
	@AliasFor("basePackages")
	String[] value() default {};

	/**
	 * The packages to scan for models, sub-packages included.
	 * @return the packages to scan
	 */
	@AliasFor("value")
	String[] basePackages() default {};

	/**
	 * Type-safe alternative to {@link #basePackages()}: the package of each class is
	 * scanned.
	 * @return classes whose packages are scanned
	 */
	Class<?>[] basePackageClasses() default {};

}
