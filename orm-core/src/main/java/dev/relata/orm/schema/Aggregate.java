package dev.relata.orm.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an aggregate slot: a property filled only by aggregate loads such as
 * {@code withCount}, never selected, inserted or updated. A property named
 * {@code <slot>Count} next to a relation slot {@code <slot>} is an aggregate slot without
 * this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
public @interface Aggregate {

}
