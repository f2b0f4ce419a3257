package dev.relata.orm.internal.query;

/**
 * The aggregates of {@code withCount}, {@code withMax}, {@code withMin}, {@code withSum}
 * and {@code withAvg}.
 */
public enum AggregateFunction {

	/**
	 * The number of related rows.
	 */
	COUNT,

	/**
	 * The largest value of a related column.
	 */
	MAX,

	/**
	 * The smallest value of a related column.
	 */
	MIN,

	/**
	 * The sum of a related column.
	 */
	SUM,

	/**
	 * The average of a related column.
	 */
	AVG;

}
