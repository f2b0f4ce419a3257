package dev.relata.orm.internal.sql;

/**
 * {@code COUNT(*)}.
 */
public record CountAll() implements Expression {

}
