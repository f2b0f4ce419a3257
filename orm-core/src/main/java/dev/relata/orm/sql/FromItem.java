package dev.relata.orm.sql;

/**
 * Something a {@code FROM} or {@code JOIN} can read: a table or a derived table.
 */
public sealed interface FromItem permits TableRef, DerivedTable {

}
