package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * {@code EXISTS (SELECT ...)}, or {@code NOT EXISTS (SELECT ...)} when negated.
 *
 * @param select the (usually correlated) subquery
 * @param negated whether to render {@code NOT EXISTS}
 */
public record Exists(Select select, boolean negated) implements Condition {

	/**
	 * Checks the components.
	 */
	public Exists {
		Objects.requireNonNull(select, "select");
	}

}
