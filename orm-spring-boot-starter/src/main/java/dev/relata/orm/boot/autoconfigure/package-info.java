/**
 * Auto-configuration of Relata for Spring Boot: the schema, the {@code Orm} and one
 * {@code OrmRepository<T>} bean per model, configured by {@code relata.orm.*}.
 */
@NullMarked
package dev.relata.orm.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
