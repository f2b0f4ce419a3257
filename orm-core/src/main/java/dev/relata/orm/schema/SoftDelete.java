package dev.relata.orm.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a nullable deleted-at property ({@code Instant}, {@code OffsetDateTime} or
 * {@code LocalDateTime}): {@code delete} then sets it to the {@code Orm}'s clock instead
 * of removing the row, and queries, loads, existence filters and aggregates skip rows
 * where it is set, unless the query asks {@code withTrashed()} or {@code onlyTrashed()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
public @interface SoftDelete {

}
