package dev.relata.orm.internal.sql;

/**
 * A constant condition: {@code 1=1} when true, {@code 1=0} when false. See
 * {@link Condition#TRUE} and {@link Condition#FALSE}.
 *
 * @param value the truth value
 */
public record Constant(boolean value) implements Condition {

}
