package dev.relata.orm.query;

/**
 * A parenthesised group of conditions, filled inside {@code whereGroup(g -> ...)}.
 *
 * @param <T> the model type
 */
public interface WhereGroup<T> extends WhereSpec<WhereGroup<T>, T> {

}
