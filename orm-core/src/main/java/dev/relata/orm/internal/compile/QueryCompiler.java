package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.Assignment;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.CountAll;
import dev.relata.orm.internal.sql.Delete;
import dev.relata.orm.internal.sql.DerivedTable;
import dev.relata.orm.internal.sql.InSelect;
import dev.relata.orm.internal.sql.NullOrder;
import dev.relata.orm.internal.sql.NumberLiteral;
import dev.relata.orm.internal.sql.OrderItem;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.TableRef;
import dev.relata.orm.internal.sql.Update;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.Nulls;
import dev.relata.orm.internal.query.Ordering;
import dev.relata.orm.internal.query.PropertyAssignment;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.internal.query.RelationLoadModel;

/**
 * Compiles a {@link QueryModel} into SQL syntax trees: the select of its rows, its count,
 * its existence check, and set-based updates and deletes.
 */
public final class QueryCompiler {

	/**
	 * The alias of the queried table in selects.
	 */
	public static final String ROOT_ALIAS = "t0";

	private QueryCompiler() {
	}

	/**
	 * Compiles the select that reads the query's rows, columns in
	 * {@link QueryModel#selection()} order.
	 * @param query the query
	 * @return the select
	 */
	public static Select select(QueryModel<?> query) {
		List<SelectItem> items = new ArrayList<>();
		for (ModelProperty property : query.selection()) {
			items.add(new SelectItem(ConditionCompiler.column(property, ROOT_ALIAS), null));
		}
		items.addAll(AggregateCompiler.items(query.aggregates(), ROOT_ALIAS));
		return Select.builder()
			.select(items)
			.from(table(query.model(), ROOT_ALIAS))
			.where(ConditionCompiler.compile(query.where(), ROOT_ALIAS))
			.orderBy(orderItems(query))
			.limit(query.limit())
			.offset(query.offset())
			.forUpdate(query.locked())
			.build();
	}

	/**
	 * Compiles the count of the query's rows; with a limit or offset the rows are counted
	 * in a derived table.
	 * @param query the query
	 * @return the select of one count
	 */
	public static Select count(QueryModel<?> query) {
		List<SelectItem> count = List.of(new SelectItem(new CountAll(), null));
		if (query.limit() == null && query.offset() == null) {
			return Select.builder()
				.select(count)
				.from(table(query.model(), ROOT_ALIAS))
				.where(ConditionCompiler.compile(query.where(), ROOT_ALIAS))
				.build();
		}
		return Select.builder().select(count).from(new DerivedTable(keysOnly(query), "d0")).build();
	}

	/**
	 * Compiles a select of at most one row that tells whether the query matches anything.
	 * @param query the query
	 * @return the select
	 */
	public static Select exists(QueryModel<?> query) {
		if (query.offset() != null || query.limit() != null) {
			return Select.builder()
				.select(List.of(new SelectItem(new NumberLiteral(1), null)))
				.from(new DerivedTable(keysOnly(query), "d0"))
				.limit(1L)
				.build();
		}
		return Select.builder()
			.select(List.of(new SelectItem(new NumberLiteral(1), null)))
			.from(table(query.model(), ROOT_ALIAS))
			.where(ConditionCompiler.compile(query.where(), ROOT_ALIAS))
			.limit(1L)
			.build();
	}

	/**
	 * Compiles a set-based update of the query's rows. A version property is incremented.
	 * @param query the query, without limit, offset, ordering, selection or lock
	 * @param assignments the new values, not empty
	 * @return the update
	 */
	public static Update update(QueryModel<?> query, List<PropertyAssignment> assignments) {
		requireSetBased(query, "update");
		if (assignments.isEmpty()) {
			throw new OrmUsageException("update(s -> ...) on " + query.model().name() + " sets nothing; call "
					+ "s.set(property, value) at least once");
		}
		List<Assignment> sets = new ArrayList<>();
		for (PropertyAssignment assignment : assignments) {
			sets.add(new Assignment(ConditionCompiler.columnName(assignment.property()),
					ConditionCompiler.bind(assignment.property(), assignment.columnValue())));
		}
		query.model().version().ifPresent((version) -> sets.add(VersionIncrement.assignment(version)));
		return new Update(table(query.model(), null), sets, setBasedWhere(query));
	}

	/**
	 * Compiles a set-based delete of the query's rows.
	 * @param query the query, without limit, offset, ordering, selection or lock
	 * @return the delete
	 */
	public static Delete delete(QueryModel<?> query) {
		requireSetBased(query, "delete");
		return new Delete(table(query.model(), null), setBasedWhere(query));
	}

	/**
	 * The condition of a set-based update or delete. Relation filters correlate to the
	 * written table, which needs an alias that not every database allows there, and
	 * MariaDB refuses a subquery on the written table; so such conditions select the keys
	 * in a derived table:
	 * {@code WHERE key IN (SELECT key FROM (SELECT t0.key FROM table t0 WHERE ...) d0)}.
	 */
	private static @Nullable Condition setBasedWhere(QueryModel<?> query) {
		if (!ConditionCompiler.hasRelationFilter(query.where())) {
			return ConditionCompiler.compile(query.where(), null);
		}
		List<ModelProperty> keys = query.model().keys();
		if (keys.size() != 1) {
			throw new OrmUsageException("A set-based write of " + query.model().name() + " with relation filters "
					+ "needs a single-column key; " + query.model().name() + " has a composite key");
		}
		ModelProperty key = keys.get(0);
		Select matching = Select.builder()
			.select(List.of(new SelectItem(ConditionCompiler.column(key, ROOT_ALIAS), null)))
			.from(table(query.model(), ROOT_ALIAS))
			.where(ConditionCompiler.compile(query.where(), ROOT_ALIAS))
			.build();
		Select keysOfMatching = Select.builder()
			.select(List.of(new SelectItem(ConditionCompiler.column(key, "d0"), null)))
			.from(new DerivedTable(matching, "d0"))
			.build();
		return new InSelect(ConditionCompiler.column(key, null), keysOfMatching, false);
	}

	/**
	 * Returns the table of a model, with an alias.
	 * @param model the model
	 * @param alias the alias, or {@code null}
	 * @return the table reference
	 */
	public static TableRef table(EntityModel<?> model, @Nullable String alias) {
		return new TableRef(model.schemaName(), model.table(), alias);
	}

	private static Select keysOnly(QueryModel<?> query) {
		List<SelectItem> keys = new ArrayList<>();
		for (ModelProperty key : query.model().keys()) {
			keys.add(new SelectItem(ConditionCompiler.column(key, ROOT_ALIAS), null));
		}
		return Select.builder()
			.select(keys)
			.from(table(query.model(), ROOT_ALIAS))
			.where(ConditionCompiler.compile(query.where(), ROOT_ALIAS))
			.orderBy(orderItems(query))
			.limit(query.limit())
			.offset(query.offset())
			.build();
	}

	/**
	 * Compiles a relation query's conditions on the related table.
	 * @param load the relation load
	 * @param alias the alias of the related table
	 * @return the condition, or {@code null} for none
	 */
	public static @Nullable Condition relationCondition(RelationLoadModel load, String alias) {
		return ConditionCompiler.compile(load.where(), alias);
	}

	/**
	 * Compiles the order of a relation's related rows: the relation query's order, then
	 * the related key as tie-breaker.
	 * @param load the relation load
	 * @param alias the alias of the related table
	 * @return the order items
	 */
	public static List<OrderItem> relationOrderItems(RelationLoadModel load, String alias) {
		List<OrderItem> items = new ArrayList<>(orderItems(load.orderings(), alias));
		for (ModelProperty key : load.relation().target().keys()) {
			if (load.orderings().stream().noneMatch((o) -> o.property().equals(key))) {
				items.add(new OrderItem(ConditionCompiler.column(key, alias), false, NullOrder.DEFAULT));
			}
		}
		return items;
	}

	/**
	 * Compiles the order of a query.
	 * @param query the query
	 * @param alias the alias of its table
	 * @return the order items
	 */
	public static List<OrderItem> orderItems(QueryModel<?> query, String alias) {
		return orderItems(query.orderings(), alias);
	}

	private static List<OrderItem> orderItems(QueryModel<?> query) {
		return orderItems(query.orderings(), ROOT_ALIAS);
	}

	static List<OrderItem> orderItems(List<Ordering> orderings, String alias) {
		List<OrderItem> items = new ArrayList<>();
		for (Ordering ordering : orderings) {
			boolean descending = ordering.direction() == Direction.DESC;
			items.add(new OrderItem(ConditionCompiler.column(ordering.property(), alias), descending,
					nullOrder(ordering, descending)));
		}
		return items;
	}

	private static NullOrder nullOrder(Ordering ordering, boolean descending) {
		if (!nullable(ordering.property())) {
			return NullOrder.DEFAULT;
		}
		Nulls nulls = ordering.nulls();
		if (nulls == null) {
			nulls = descending ? Nulls.LAST : Nulls.FIRST;
		}
		return (nulls == Nulls.FIRST) ? NullOrder.FIRST : NullOrder.LAST;
	}

	private static boolean nullable(ModelProperty property) {
		return !property.key() && !property.primitive() && property.options().nullable();
	}

	private static void requireSetBased(QueryModel<?> query, String operation) {
		List<String> refused = new ArrayList<>();
		if (query.limit() != null) {
			refused.add("limit");
		}
		if (query.offset() != null) {
			refused.add("offset");
		}
		if (query.hasOrdering()) {
			refused.add("orderBy");
		}
		if (query.explicitSelection()) {
			refused.add("select");
		}
		if (query.locked()) {
			refused.add("lock");
		}
		if (!refused.isEmpty()) {
			throw new OrmUsageException("A set-based " + operation + " of " + query.model().name()
					+ " applies to every matching row and cannot use " + String.join(", ", refused)
					+ "; narrow it with where conditions");
		}
	}

	/**
	 * Returns the condition of a query, for engines that build their own statements
	 * around it.
	 * @param query the query
	 * @param qualifier the table alias, or {@code null}
	 * @return the condition, or {@code null} when the query has none
	 */
	public static @Nullable Condition where(QueryModel<?> query, @Nullable String qualifier) {
		return ConditionCompiler.compile(query.where(), qualifier);
	}

}
