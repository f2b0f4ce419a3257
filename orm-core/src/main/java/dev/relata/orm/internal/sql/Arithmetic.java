package dev.relata.orm.internal.sql;

/**
 * A binary arithmetic expression, rendered in parentheses: {@code (t0."version" + 1)}.
 *
 * @param left the left operand
 * @param operator the operator
 * @param right the right operand
 */
public record Arithmetic(Expression left, Operator operator, Expression right) implements Expression {

	/**
	 * Returns {@code left + right}.
	 * @param left the left operand
	 * @param right the right operand
	 * @return the sum
	 */
	public static Arithmetic plus(Expression left, Expression right) {
		return new Arithmetic(left, Operator.PLUS, right);
	}

	/**
	 * The arithmetic operators.
	 */
	public enum Operator {

		/**
		 * Addition.
		 */
		PLUS("+"),

		/**
		 * Subtraction.
		 */
		MINUS("-");

		private final String sql;

		Operator(String sql) {
			this.sql = sql;
		}

		/**
		 * Returns the operator as written in SQL.
		 * @return the SQL symbol
		 */
		public String sql() {
			return this.sql;
		}

	}

}
