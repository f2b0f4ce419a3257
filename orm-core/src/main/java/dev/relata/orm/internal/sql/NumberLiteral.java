package dev.relata.orm.internal.sql;

/**
 * An integer constant chosen by the ORM ({@code 1}, {@code 0}), rendered inline. Never a
 * user value.
 *
 * @param value the constant
 */
public record NumberLiteral(long value) implements Expression {

}
