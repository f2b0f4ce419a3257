package dev.relata.orm.internal.sql;

import java.util.List;

/**
 * The window function {@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...)}, used for
 * per-parent limits.
 *
 * @param partitionBy the partition expressions; may be empty
 * @param orderBy the ordering inside each partition; may be empty
 */
public record RowNumber(List<Expression> partitionBy, List<OrderItem> orderBy) implements Expression {

	/**
	 * Copies the lists.
	 */
	public RowNumber {
		partitionBy = List.copyOf(partitionBy);
		orderBy = List.copyOf(orderBy);
	}

}
