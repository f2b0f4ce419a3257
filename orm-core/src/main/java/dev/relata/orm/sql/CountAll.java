package dev.relata.orm.sql;

/**
 * {@code COUNT(*)}.
 */
public record CountAll() implements Expression {

}
