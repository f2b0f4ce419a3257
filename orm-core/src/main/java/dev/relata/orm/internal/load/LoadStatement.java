package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.compile.AggregateCompiler;
import dev.relata.orm.internal.compile.MorphConditions;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.DerivedTable;
import dev.relata.orm.internal.sql.EqualsAny;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.FromItem;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.InSelect;
import dev.relata.orm.internal.sql.JsonTable;
import dev.relata.orm.internal.sql.Join;
import dev.relata.orm.internal.sql.JoinType;
import dev.relata.orm.internal.sql.LateralDerivedTable;
import dev.relata.orm.internal.sql.NullOrder;
import dev.relata.orm.internal.sql.OrderItem;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.Unnest;
import dev.relata.orm.internal.sql.ArrayBind;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.KeyListForm;
import org.jspecify.annotations.Nullable;

/**
 * The statement of one {@link JoinGroup} and the layout of its rows: the root query or a
 * batched relation's rows, with the relations joined into it. Built once per load plan; a
 * batched group renders one select per chunk of parent keys.
 */
final class LoadStatement {

	final JoinGroup group;

	/** The segments in select order: the anchor first, then each joined relation. */
	final List<Segment> segments = new ArrayList<>();

	/** For a batched group: where the parent key of each row is; -1 for the root. */
	final int parentKeyPosition;

	final List<Class<?>> columnTypes = new ArrayList<>();

	/**
	 * How wide to read this statement's rows: as wide as the anchor's factory builds in
	 * place when the statement reads that model only, else exactly the columns.
	 */
	private final int rowWidth;

	/**
	 * For each joined relation, the position of its parent among the joined relations, or
	 * -1 when its parent is the anchor: worked out once, read for every row.
	 */
	final int[] joinedParents;

	private final @Nullable QueryModel<?> query;

	/**
	 * Whether the dialect has {@code LATERAL}: per-parent pages then read only their
	 * rows.
	 */
	private final boolean lateral;

	/**
	 * Whether the dialect reads per-parent pages ordered by the related key through key
	 * bounds ({@link KeyBoundPages}).
	 */
	private final boolean keyBound;

	private LoadStatement(JoinGroup group, @Nullable QueryModel<?> query, List<PlannedLoad> rootLoads,
			Dialect dialect) {
		this.lateral = dialect.supportsLateral();
		this.keyBound = dialect.prefersKeyBoundPages();
		this.group = group;
		this.query = query;
		int position = 0;
		PlannedLoad anchor = group.anchor;
		if (anchor != null && anchor.relation().throughJoinModel()) {
			ModelProperty parentKey = anchor.relation().throughSourceKey().orElseThrow();
			this.columnTypes.add(parentKey.columnType());
			position = 1;
		}
		boolean exclusive = group.joined.isEmpty();
		Segment first = (anchor == null)
				? new Segment(null, query.model(), query.selection(), query.aggregates(), position, rootLoads,
						exclusive)
				: new Segment(anchor, anchor.relation().target(), anchor.load.selection(), anchor.load.aggregates(),
						position, anchor.children, exclusive);
		add(first);
		if (anchor == null) {
			this.parentKeyPosition = -1;
		}
		else if (anchor.relation().throughJoinModel()) {
			this.parentKeyPosition = 0;
		}
		else {
			this.parentKeyPosition = first.start + first.positionOf(anchor.relation().targetKey());
		}
		this.joinedParents = new int[group.joined.size()];
		for (int j = 0; j < group.joined.size(); j++) {
			PlannedLoad joined = group.joined.get(j);
			Segment previous = this.segments.get(this.segments.size() - 1);
			add(new Segment(joined, joined.relation().target(), joined.load.selection(), joined.load.aggregates(),
					previous.start + previous.width(), joined.children, false));
			this.joinedParents[j] = (joined.parent == group.anchor) ? -1 : group.joined.indexOf(joined.parent);
		}
		this.rowWidth = first.exclusive ? Math.max(first.factory.width(), this.columnTypes.size())
				: this.columnTypes.size();
	}

	/**
	 * Returns how wide to read this statement's rows (see
	 * {@code StatementExecutor.queryRows(statement, columnTypes, width)}).
	 * @return the row width, at least the number of columns
	 */
	int rowWidth() {
		return this.rowWidth;
	}

	private void add(Segment segment) {
		this.segments.add(segment);
		this.columnTypes.addAll(segment.columnTypes());
	}

	static LoadStatement root(LoadPlan plan, Dialect dialect) {
		return new LoadStatement(plan.rootGroup(), plan.query(), plan.loads(), dialect);
	}

	static LoadStatement batched(JoinGroup group, Dialect dialect) {
		return new LoadStatement(group, null, List.of(), dialect);
	}

	/**
	 * The root statement: the query's select with the joined relations; the root rows go
	 * into a derived table first when they are limited and a joined relation repeats
	 * them.
	 */
	Select rootSelect() {
		QueryModel<?> q = this.query;
		if (this.group.joined.isEmpty()) {
			return QueryCompiler.select(q);
		}
		String alias = QueryCompiler.ROOT_ALIAS;
		boolean derived = (q.limit() != null || q.offset() != null) && this.group.hasMultiplyingJoin();
		FromItem from;
		Condition where;
		if (derived) {
			List<SelectItem> all = new ArrayList<>();
			q.model().columns().forEach((c) -> all.add(new SelectItem(JoinClauses.column(alias, c), null)));
			Select inner = Select.builder()
				.select(all)
				.from(QueryCompiler.table(q.model(), alias))
				.where(QueryCompiler.where(q, alias))
				.orderBy(QueryCompiler.orderItems(q, alias))
				.limit(q.limit())
				.offset(q.offset())
				.build();
			from = new DerivedTable(inner, alias);
			where = null;
		}
		else {
			from = QueryCompiler.table(q.model(), alias);
			where = QueryCompiler.where(q, alias);
		}
		List<SelectItem> items = new ArrayList<>();
		q.selection().forEach((c) -> items.add(new SelectItem(JoinClauses.column(alias, c), null)));
		items.addAll(AggregateCompiler.items(q.aggregates(), alias));
		List<Join> joins = new ArrayList<>();
		addJoined(items, joins);
		List<OrderItem> order = new ArrayList<>(QueryCompiler.orderItems(q, alias));
		addKeyOrder(order, q.model(), alias);
		addJoinedOrder(order);
		return Select.builder()
			.select(items)
			.from(from)
			.joins(joins)
			.where(where)
			.orderBy(order)
			.limit(derived ? null : q.limit())
			.offset(derived ? null : q.offset())
			.forUpdate(q.locked())
			.build();
	}

	/**
	 * The statement of a batched group for one chunk of parent keys. A relation limited
	 * per parent reads each parent's page with a {@code LATERAL} subquery over
	 * {@code unnest(?)} when the keys go as one array and the dialect has
	 * {@code LATERAL}, through key bounds where the dialect prefers them and the pages
	 * are ranges of the related key ({@link #keyBound}), else from a {@code ROW_NUMBER()}
	 * derived table. Either way the rows have the same columns in the same order.
	 * @param keys the parent keys, already converted to the matched column's type (and
	 * padded for an IN list)
	 * @param form how to send them: an IN list, one array ({@code = ANY(?)} or
	 * {@code unnest(?)}), or one JSON text
	 * ({@code IN (SELECT ... FROM JSON_TABLE(?, ...))})
	 */
	Select batchedSelect(List<Object> keys, KeyListForm form) {
		PlannedLoad anchor = this.group.anchor;
		Relation relation = anchor.relation();
		String alias = anchor.alias;
		ModelProperty matched = matchedProperty(relation);
		boolean array = form == KeyListForm.ARRAY;
		JoinClauses.KeyCondition keyCondition = (parentKey) -> switch (form) {
			case ARRAY -> new EqualsAny(parentKey, new ArrayBind(keys, matched.columnType()));
			case JSON_TABLE -> jsonTableKeys(parentKey, keys, matched, alias + "k");
			case IN_LIST -> new InList(parentKey, binds(keys, matched), false);
		};
		List<SelectItem> items = new ArrayList<>();
		List<Join> joins = new ArrayList<>();
		FromItem from;
		Condition where;
		boolean manyToMany = relation.throughJoinModel();
		if (lateral(anchor, array)) {
			// One page per parent key: the database reads each parent's rows in order
			// and stops at the limit (an index on the key serves it), where ROW_NUMBER()
			// numbers every related row first.
			Unnest parents = new Unnest(new ArrayBind(keys, matched.columnType()), alias + "k",
					JoinClauses.PARENT_KEY_VALUE);
			from = parents;
			joins.add(Join
				.cross(new LateralDerivedTable(JoinClauses.lateralRows(anchor, alias + "i", parents.value()), alias)));
			where = null;
			if (manyToMany) {
				items.add(new SelectItem(new ColumnRef(alias, JoinClauses.PARENT_KEY), null));
			}
		}
		else if (keyBound(anchor, form)) {
			from = KeyBoundPages.from(anchor,
					new JsonTable(keys, matched.columnType(), alias + "k", JoinClauses.PARENT_KEY_VALUE), joins);
			where = QueryCompiler.relationCondition(anchor.load, alias);
		}
		else if (anchor.paged()) {
			from = new DerivedTable(JoinClauses.pagedRows(anchor, alias + "i", keyCondition), alias);
			where = JoinClauses.rowNumberRange(anchor, alias);
			if (manyToMany) {
				items.add(new SelectItem(new ColumnRef(alias, JoinClauses.PARENT_KEY), null));
			}
		}
		else {
			from = QueryCompiler.table(relation.target(), alias);
			Expression parentKey = JoinClauses.column(alias, relation.targetKey());
			if (manyToMany) {
				String through = alias + "j";
				parentKey = JoinClauses.column(through, relation.throughSourceKey().orElseThrow());
				items.add(new SelectItem(parentKey, null));
				joins.add(new Join(JoinType.INNER, QueryCompiler.table(relation.through().orElseThrow(), through),
						MorphConditions.and(
								new Comparison(JoinClauses.column(through, relation.throughTargetKey().orElseThrow()),
										ComparisonOperator.EQ, JoinClauses.column(alias, relation.targetKey())),
								MorphConditions.onJoinRows(relation, through))));
			}
			where = JoinClauses.and(keyCondition.on(parentKey), QueryCompiler.relationCondition(anchor.load, alias));
		}
		anchor.load.selection().forEach((c) -> items.add(new SelectItem(JoinClauses.column(alias, c), null)));
		items.addAll(AggregateCompiler.items(anchor.load.aggregates(), alias));
		addJoined(items, joins);
		// Rows grouped by parent key first, each parent's rows in the relation's order:
		// the loader then meets one parent after another instead of jumping between
		// them for every row.
		Expression parentKey = items.get(this.parentKeyPosition).expression();
		List<OrderItem> order = new ArrayList<>();
		order.add(new OrderItem(parentKey, false, NullOrder.DEFAULT));
		for (OrderItem item : QueryCompiler.relationOrderItems(anchor.load, alias)) {
			if (!item.expression().equals(parentKey)) {
				order.add(item);
			}
		}
		addJoinedOrder(order);
		return Select.builder().select(items).from(from).joins(joins).where(where).orderBy(order).build();
	}

	/**
	 * Tells whether {@link #batchedSelect} reads a batched relation's pages per parent
	 * through {@code LATERAL}: when the relation is limited per parent, its keys go as
	 * one array and the dialect has {@code LATERAL}.
	 * @param anchor the batched relation load
	 * @param array whether the keys go as one array
	 */
	boolean lateral(PlannedLoad anchor, boolean array) {
		return anchor.paged() && array && this.lateral;
	}

	/**
	 * Tells whether {@link #batchedSelect} reads a batched relation's pages per parent
	 * through key bounds ({@link KeyBoundPages}): when the dialect prefers them, the keys
	 * go as rows of a JSON text, and the relation is limited per parent and ordered by
	 * its target's key alone.
	 * @param anchor the batched relation load
	 * @param form how the keys go
	 */
	boolean keyBound(PlannedLoad anchor, KeyListForm form) {
		return this.keyBound && form == KeyListForm.JSON_TABLE && KeyBoundPages.applies(anchor, anchor.alias);
	}

	/**
	 * Tells whether a joined relation limited per parent is read through
	 * {@code LEFT JOIN LATERAL}, each parent's page only, rather than a
	 * {@code ROW_NUMBER()} derived table numbering every related row.
	 * @param joined a relation joined into this statement
	 */
	boolean joinsLateral(PlannedLoad joined) {
		return joined.paged() && this.lateral;
	}

	/**
	 * {@code parentKey IN (SELECT k.relata_parent_key FROM JSON_TABLE(?, ...) k)}: the
	 * keys as one JSON text, read as rows (MariaDB's optimizer makes it a semi-join, as
	 * it does a long {@code IN} list).
	 */
	private static Condition jsonTableKeys(Expression parentKey, List<Object> keys, ModelProperty matched,
			String alias) {
		JsonTable rows = new JsonTable(keys, matched.columnType(), alias, JoinClauses.PARENT_KEY_VALUE);
		return new InSelect(parentKey, Select.builder().select(rows.value()).from(rows).build(), false);
	}

	/**
	 * The column the parent keys are compared with: the foreign key of hasOne/hasMany,
	 * the referenced key of belongsTo, the join model's key of a manyToMany.
	 */
	static ModelProperty matchedProperty(Relation relation) {
		return (relation.throughJoinModel()) ? relation.throughSourceKey().orElseThrow() : relation.targetKey();
	}

	private static List<Expression> binds(List<Object> keys, ModelProperty property) {
		List<Expression> binds = new ArrayList<>(keys.size());
		for (Object key : keys) {
			binds.add(new Bind(key, property.columnType()));
		}
		return binds;
	}

	private void addJoined(List<SelectItem> items, List<Join> joins) {
		for (PlannedLoad joined : this.group.joined) {
			joined.load.selection()
				.forEach((c) -> items.add(new SelectItem(JoinClauses.column(joined.alias, c), null)));
			items.addAll(AggregateCompiler.items(joined.load.aggregates(), joined.alias));
			joins.addAll(JoinClauses.joins(joined, this.lateral));
		}
	}

	private void addJoinedOrder(List<OrderItem> order) {
		for (PlannedLoad joined : this.group.joined) {
			if (joined.multipliesRows()) {
				order.addAll(QueryCompiler.relationOrderItems(joined.load, joined.alias));
			}
		}
	}

	private static void addKeyOrder(List<OrderItem> order, EntityModel<?> model, String alias) {
		for (ModelProperty key : model.keys()) {
			ColumnRef column = JoinClauses.column(alias, key);
			if (order.stream().noneMatch((item) -> item.expression().equals(column))) {
				order.add(new OrderItem(column, false, NullOrder.DEFAULT));
			}
		}
	}

}
