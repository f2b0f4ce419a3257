package dev.relata.orm.internal.sql;

/**
 * Something a {@code FROM} or {@code JOIN} can read: a table, a derived table, a
 * {@code LATERAL} derived table, the rows of an array ({@code unnest}) or of a JSON text
 * ({@code JSON_TABLE}).
 */
public sealed interface FromItem permits TableRef, DerivedTable, LateralDerivedTable, Unnest, JsonTable {

}
