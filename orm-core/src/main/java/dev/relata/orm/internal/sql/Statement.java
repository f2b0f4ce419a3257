package dev.relata.orm.internal.sql;

/**
 * A complete SQL statement, rendered by {@link SqlRenderer}.
 */
public sealed interface Statement permits Select, Insert, InsertSelect, Update, Delete {

}
