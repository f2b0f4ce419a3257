package dev.relata.orm.internal.sql;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A {@code SELECT} statement, also used as a subquery. Build one with {@link #builder()}.
 *
 * @param with the common table expressions of a {@code WITH} clause; may be empty
 * @param distinct whether to render {@code SELECT DISTINCT}
 * @param items the selected expressions; at least one
 * @param from the table or derived table read
 * @param joins the joins, in order; may be empty
 * @param where the row filter, or {@code null}
 * @param groupBy the grouping expressions; may be empty
 * @param having the group filter, or {@code null}
 * @param orderBy the sort keys; may be empty
 * @param limit the maximum number of rows, bound as a parameter; {@code null} for no
 * limit
 * @param offset the number of rows to skip, bound as a parameter; {@code null} for none
 * @param forUpdate whether to lock the selected rows ({@code FOR UPDATE})
 */
public record Select(List<CommonTableExpression> with, boolean distinct, List<SelectItem> items, FromItem from,
		List<Join> joins, @Nullable Condition where, List<Expression> groupBy, @Nullable Condition having,
		List<OrderItem> orderBy, @Nullable Long limit, @Nullable Long offset, boolean forUpdate) implements Statement {

	/**
	 * Checks the components and copies the lists.
	 */
	public Select {
		with = List.copyOf(with);
		items = List.copyOf(items);
		Objects.requireNonNull(from, "from");
		joins = List.copyOf(joins);
		groupBy = List.copyOf(groupBy);
		orderBy = List.copyOf(orderBy);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("A SELECT needs at least one item");
		}
		if (limit != null && limit < 0) {
			throw new IllegalArgumentException("limit must not be negative, was " + limit);
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, was " + offset);
		}
	}

	/**
	 * Starts building a {@code SELECT}.
	 * @return a new, empty builder
	 */
	public static SelectBuilder builder() {
		return new SelectBuilder();
	}

	/**
	 * Whether this select has a limit or an offset.
	 * @return {@code true} if rows are limited or skipped
	 */
	public boolean limited() {
		return this.limit != null || this.offset != null;
	}

}
