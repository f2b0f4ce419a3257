package dev.relata.orm.internal.query;

import dev.relata.orm.internal.sql.SqlFunction;

/**
 * The aggregates of {@code withCount}, {@code withMax}, {@code withMin}, {@code withSum}
 * and {@code withAvg}.
 */
public enum AggregateFunction {

	/**
	 * The number of related rows.
	 */
	COUNT(SqlFunction.COUNT),

	/**
	 * The largest value of a related column.
	 */
	MAX(SqlFunction.MAX),

	/**
	 * The smallest value of a related column.
	 */
	MIN(SqlFunction.MIN),

	/**
	 * The sum of a related column.
	 */
	SUM(SqlFunction.SUM),

	/**
	 * The average of a related column.
	 */
	AVG(SqlFunction.AVG);

	private final SqlFunction function;

	AggregateFunction(SqlFunction function) {
		this.function = function;
	}

	/**
	 * Returns the SQL function.
	 * @return the function
	 */
	public SqlFunction sqlFunction() {
		return this.function;
	}

}
