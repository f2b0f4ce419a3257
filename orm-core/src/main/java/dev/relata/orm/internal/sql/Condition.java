package dev.relata.orm.internal.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A boolean condition of the syntax tree, for {@code WHERE}, {@code HAVING} and join
 * {@code ON}.
 */
public sealed interface Condition
		permits Comparison, NullCheck, InList, EqualsAny, InSelect, Exists, And, Or, Not, Constant {

	/**
	 * Always true, rendered {@code 1=1}.
	 */
	Constant TRUE = new Constant(true);

	/**
	 * Always false, rendered {@code 1=0}.
	 */
	Constant FALSE = new Constant(false);

	/**
	 * The conjunction of conditions; nested {@link And}s are flattened.
	 * @param operands the conditions
	 * @return {@link #TRUE} for none, the operand itself for one, else an {@link And}
	 */
	static Condition and(Condition... operands) {
		return and(Arrays.asList(operands));
	}

	/**
	 * The conjunction of conditions; nested {@link And}s are flattened.
	 * @param operands the conditions
	 * @return {@link #TRUE} for none, the operand itself for one, else an {@link And}
	 */
	static Condition and(List<Condition> operands) {
		List<Condition> flat = new ArrayList<>();
		for (Condition operand : operands) {
			if (operand instanceof And and) {
				flat.addAll(and.operands());
			}
			else {
				flat.add(operand);
			}
		}
		if (flat.isEmpty()) {
			return TRUE;
		}
		return (flat.size() == 1) ? flat.get(0) : new And(flat);
	}

	/**
	 * The disjunction of conditions; nested {@link Or}s are flattened.
	 * @param operands the conditions
	 * @return {@link #FALSE} for none, the operand itself for one, else an {@link Or}
	 */
	static Condition or(Condition... operands) {
		return or(Arrays.asList(operands));
	}

	/**
	 * The disjunction of conditions; nested {@link Or}s are flattened.
	 * @param operands the conditions
	 * @return {@link #FALSE} for none, the operand itself for one, else an {@link Or}
	 */
	static Condition or(List<Condition> operands) {
		List<Condition> flat = new ArrayList<>();
		for (Condition operand : operands) {
			if (operand instanceof Or or) {
				flat.addAll(or.operands());
			}
			else {
				flat.add(operand);
			}
		}
		if (flat.isEmpty()) {
			return FALSE;
		}
		return (flat.size() == 1) ? flat.get(0) : new Or(flat);
	}

	/**
	 * The negation of a condition.
	 * @param operand the condition to negate
	 * @return a {@link Not}
	 */
	static Condition not(Condition operand) {
		return new Not(operand);
	}

	/**
	 * {@code left = right}.
	 * @param left the left side
	 * @param right the right side
	 * @return the comparison
	 */
	static Comparison eq(Expression left, Expression right) {
		return new Comparison(left, ComparisonOperator.EQ, right);
	}

}
