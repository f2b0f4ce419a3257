package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * A subquery used as a value, such as a correlated {@code (SELECT COUNT(*) ...)}.
 *
 * @param select the subquery; it should select one column and at most one row
 */
public record ScalarSubquery(Select select) implements Expression {

	/**
	 * Checks the components.
	 */
	public ScalarSubquery {
		Objects.requireNonNull(select, "select");
	}

}
