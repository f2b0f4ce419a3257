package dev.relata.orm.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a property to a column: renames it and gives the options used for generated DDL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
public @interface Column {

	/**
	 * The column name; empty for the naming strategy's name.
	 * @return the column name or an empty string
	 */
	String value() default "";

	/**
	 * The length of a text column.
	 * @return the length
	 */
	int length() default 255;

	/**
	 * The precision of a decimal column; 0 for the database default.
	 * @return the precision
	 */
	int precision() default 0;

	/**
	 * The scale of a decimal column; 0 for the database default.
	 * @return the scale
	 */
	int scale() default 0;

	/**
	 * Whether the column accepts NULL. Key and primitive properties are never nullable.
	 * @return whether NULL is allowed
	 */
	boolean nullable() default true;

	/**
	 * Whether the column has a unique constraint.
	 * @return whether values are unique
	 */
	boolean unique() default false;

}
