package dev.relata.orm.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table of a model. Without it, the table is derived from the simple class name
 * by the schema's {@link NamingStrategy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

	/**
	 * The table name; empty for the naming strategy's name.
	 * @return the table name or an empty string
	 */
	String value() default "";

	/**
	 * The database schema of the table; empty for the connection's default schema.
	 * @return the schema name or an empty string
	 */
	String schema() default "";

}
