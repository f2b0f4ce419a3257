package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One selected expression, optionally with a column alias:
 * {@code COUNT(*) AS "post_count"}.
 *
 * @param expression the selected expression
 * @param alias the column alias; folded and quoted when rendered; may be {@code null}
 */
public record SelectItem(Expression expression, @Nullable String alias) {

	/**
	 * Checks the components.
	 */
	public SelectItem {
		Objects.requireNonNull(expression, "expression");
	}

	/**
	 * An expression selected without alias.
	 * @param expression the expression
	 * @return the select item
	 */
	public static SelectItem of(Expression expression) {
		return new SelectItem(expression, null);
	}

}
