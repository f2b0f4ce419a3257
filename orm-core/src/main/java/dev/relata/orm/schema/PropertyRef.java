package dev.relata.orm.schema;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A method reference to a property accessor, such as {@code User::name} or
 * {@code Post::getUserId}, resolved to a property name by {@link PropertyReferences}.
 * Lambdas are refused.
 *
 * @param <T> the model type
 * @param <V> the property type
 */
@FunctionalInterface
public interface PropertyRef<T, V> extends Function<T, V>, Serializable {

}
