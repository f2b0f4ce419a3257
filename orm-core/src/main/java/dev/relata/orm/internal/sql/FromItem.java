package dev.relata.orm.internal.sql;

/**
 * Something a {@code FROM} or {@code JOIN} can read: a table, a derived table, a
 * {@code LATERAL} derived table or the rows of an array ({@code unnest}).
 */
public sealed interface FromItem permits TableRef, DerivedTable, LateralDerivedTable, Unnest {

}
