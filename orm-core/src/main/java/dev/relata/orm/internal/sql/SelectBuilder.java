package dev.relata.orm.internal.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A small fluent builder of {@link Select}. Not thread-safe; build once and share the
 * {@link Select}. <pre class="code">
 * TableRef users = TableRef.of("users", "t0");
 * Select select = Select.builder()
 * 	.select(SelectItem.of(users.column("id")), SelectItem.of(users.column("name")))
 * 	.from(users)
 * 	.where(Condition.eq(users.column("role_id"), Bind.of(1L)))
 * 	.orderBy(OrderItem.asc(users.column("id")))
 * 	.limit(10L)
 * 	.build();
 * </pre>
 */
public final class SelectBuilder {

	private final List<CommonTableExpression> with = new ArrayList<>();

	private boolean distinct;

	private final List<SelectItem> items = new ArrayList<>();

	private @Nullable FromItem from;

	private final List<Join> joins = new ArrayList<>();

	private final List<Condition> where = new ArrayList<>();

	private final List<Expression> groupBy = new ArrayList<>();

	private @Nullable Condition having;

	private final List<OrderItem> orderBy = new ArrayList<>();

	private @Nullable Long limit;

	private @Nullable Long offset;

	private boolean forUpdate;

	SelectBuilder() {
	}

	/**
	 * Adds a common table expression to the {@code WITH} clause.
	 * @param cte the common table expression
	 * @return this builder
	 */
	public SelectBuilder with(CommonTableExpression cte) {
		this.with.add(cte);
		return this;
	}

	/**
	 * Renders {@code SELECT DISTINCT}.
	 * @return this builder
	 */
	public SelectBuilder distinct() {
		this.distinct = true;
		return this;
	}

	/**
	 * Adds selected items.
	 * @param items the items
	 * @return this builder
	 */
	public SelectBuilder select(SelectItem... items) {
		return select(Arrays.asList(items));
	}

	/**
	 * Adds selected items.
	 * @param items the items
	 * @return this builder
	 */
	public SelectBuilder select(List<SelectItem> items) {
		this.items.addAll(items);
		return this;
	}

	/**
	 * Adds selected expressions without aliases.
	 * @param expressions the expressions
	 * @return this builder
	 */
	public SelectBuilder select(Expression... expressions) {
		for (Expression expression : expressions) {
			this.items.add(SelectItem.of(expression));
		}
		return this;
	}

	/**
	 * Sets the table or derived table read.
	 * @param from the from item
	 * @return this builder
	 */
	public SelectBuilder from(FromItem from) {
		this.from = from;
		return this;
	}

	/**
	 * Adds joins in order.
	 * @param joins the joins
	 * @return this builder
	 */
	public SelectBuilder joins(List<Join> joins) {
		this.joins.addAll(joins);
		return this;
	}

	/**
	 * Adds a join.
	 * @param join the join
	 * @return this builder
	 */
	public SelectBuilder join(Join join) {
		this.joins.add(join);
		return this;
	}

	/**
	 * Adds a join.
	 * @param type the kind of join
	 * @param target the joined table or derived table
	 * @param on the join condition
	 * @return this builder
	 */
	public SelectBuilder join(JoinType type, FromItem target, Condition on) {
		return join(new Join(type, target, on));
	}

	/**
	 * Adds a {@code CROSS JOIN}, which has no condition.
	 * @param target the joined table or derived table
	 * @return this builder
	 */
	public SelectBuilder crossJoin(FromItem target) {
		return join(Join.cross(target));
	}

	/**
	 * Adds a row filter; filters of several calls are combined with {@code AND}.
	 * @param condition the filter, or {@code null} for none (a no-op)
	 * @return this builder
	 */
	public SelectBuilder where(@Nullable Condition condition) {
		if (condition != null) {
			this.where.add(condition);
		}
		return this;
	}

	/**
	 * Adds grouping expressions.
	 * @param expressions the expressions
	 * @return this builder
	 */
	public SelectBuilder groupBy(Expression... expressions) {
		this.groupBy.addAll(Arrays.asList(expressions));
		return this;
	}

	/**
	 * Sets the group filter.
	 * @param condition the filter
	 * @return this builder
	 */
	public SelectBuilder having(Condition condition) {
		this.having = condition;
		return this;
	}

	/**
	 * Adds sort keys.
	 * @param items the sort keys
	 * @return this builder
	 */
	public SelectBuilder orderBy(OrderItem... items) {
		return orderBy(Arrays.asList(items));
	}

	/**
	 * Adds sort keys.
	 * @param items the sort keys
	 * @return this builder
	 */
	public SelectBuilder orderBy(List<OrderItem> items) {
		this.orderBy.addAll(items);
		return this;
	}

	/**
	 * Sets the maximum number of rows.
	 * @param limit the limit, or {@code null} for none
	 * @return this builder
	 */
	public SelectBuilder limit(@Nullable Long limit) {
		this.limit = limit;
		return this;
	}

	/**
	 * Sets the number of rows to skip.
	 * @param offset the offset, or {@code null} for none
	 * @return this builder
	 */
	public SelectBuilder offset(@Nullable Long offset) {
		this.offset = offset;
		return this;
	}

	/**
	 * Locks the selected rows with {@code FOR UPDATE}, or not.
	 * @param forUpdate whether to lock
	 * @return this builder
	 */
	public SelectBuilder forUpdate(boolean forUpdate) {
		this.forUpdate = forUpdate;
		return this;
	}

	/**
	 * Locks the selected rows with {@code FOR UPDATE}.
	 * @return this builder
	 */
	public SelectBuilder forUpdate() {
		this.forUpdate = true;
		return this;
	}

	/**
	 * Builds the select.
	 * @return the immutable select
	 * @throws IllegalStateException if no from item or no select item was given
	 */
	public Select build() {
		if (this.from == null) {
			throw new IllegalStateException("A SELECT needs a from item; call from(...)");
		}
		if (this.items.isEmpty()) {
			throw new IllegalStateException("A SELECT needs at least one item; call select(...)");
		}
		Condition condition = this.where.isEmpty() ? null : Condition.and(this.where);
		return new Select(this.with, this.distinct, this.items, this.from, this.joins, condition, this.groupBy,
				this.having, this.orderBy, this.limit, this.offset, this.forUpdate);
	}

}
