package dev.relata.orm.internal.sql;

import java.util.Objects;

/**
 * One sort key: {@code t0."name" DESC NULLS LAST}. Explicit null ordering is emulated on
 * dialects without {@code NULLS FIRST|LAST}.
 *
 * @param expression the sort expression
 * @param descending whether to sort descending
 * @param nulls where {@code NULL}s sort
 */
public record OrderItem(Expression expression, boolean descending, NullOrder nulls) {

	/**
	 * Checks the components.
	 */
	public OrderItem {
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(nulls, "nulls");
	}

	/**
	 * An ascending sort key with the database's default null ordering.
	 * @param expression the sort expression
	 * @return the sort key
	 */
	public static OrderItem asc(Expression expression) {
		return new OrderItem(expression, false, NullOrder.DEFAULT);
	}

	/**
	 * A descending sort key with the database's default null ordering.
	 * @param expression the sort expression
	 * @return the sort key
	 */
	public static OrderItem desc(Expression expression) {
		return new OrderItem(expression, true, NullOrder.DEFAULT);
	}

	/**
	 * This sort key with the given null ordering.
	 * @param nulls where {@code NULL}s sort
	 * @return a copy with the null ordering
	 */
	public OrderItem nulls(NullOrder nulls) {
		return new OrderItem(this.expression, this.descending, nulls);
	}

}
