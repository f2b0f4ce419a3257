package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.plan.JoinGroup;
import dev.relata.orm.internal.plan.LoadPlan;
import dev.relata.orm.internal.plan.PlannedLoad;
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
import dev.relata.orm.internal.sql.LateralDerivedTable;
import dev.relata.orm.internal.sql.NullOrder;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.OrderItem;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.Unnest;
import dev.relata.orm.internal.sql.ArrayBind;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.KeyListForm;
import org.jspecify.annotations.Nullable;

/**
 * The statement of one {@link JoinGroup} and the layout of its rows: the root query or a
 * batched relation's rows, with the relations joined into it. Built once per load plan; a
 * batched group renders one select per chunk of parent keys.
 */
public final class LoadStatement {

	public final JoinGroup group;

	/** The segments in select order: the anchor first, then each joined relation. */
	public final List<Segment> segments = new ArrayList<>();

	/** For a batched group: where the parent key of each row is; -1 for the root. */
	public final int parentKeyPosition;

	public final List<Class<?>> columnTypes = new ArrayList<>();

	/**
	 * For each joined relation, the position of its parent among the joined relations, or
	 * -1 when its parent is the anchor: worked out once, read for every row.
	 */
	public final int[] joinedParents;

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

	/**
	 * Whether the dialect reads per-parent pages in a statement per parent
	 * ({@link #perParentSelect}).
	 */
	private final boolean perParentStatements;

	private LoadStatement(JoinGroup group, @Nullable QueryModel<?> query, Dialect dialect) {
		this.lateral = dialect.supportsLateral();
		this.keyBound = dialect.prefersKeyBoundPages();
		this.perParentStatements = dialect.prefersPerParentStatements() && !this.lateral;
		this.group = group;
		this.query = query;
		int position = 0;
		PlannedLoad anchor = group.anchor;
		if (anchor != null && anchor.relation().path().keyOutsideTarget()) {
			ModelProperty parentKey = anchor.relation().path().matchedKey();
			this.columnTypes.add(parentKey.columnType());
			position = 1;
		}
		boolean exclusive = group.joined.isEmpty();
		Segment first = (anchor == null)
				? new Segment(null, query.model(), query.selection(), query.aggregates(), position, exclusive)
				: new Segment(anchor, anchor.relation().target(), anchor.load.selection(), anchor.load.aggregates(),
						position, exclusive);
		add(first);
		if (anchor == null) {
			this.parentKeyPosition = -1;
		}
		else if (anchor.relation().path().keyOutsideTarget()) {
			this.parentKeyPosition = 0;
		}
		else {
			this.parentKeyPosition = first.start + first.positionOf(anchor.relation().path().matchedKey());
		}
		this.joinedParents = new int[group.joined.size()];
		for (int j = 0; j < group.joined.size(); j++) {
			PlannedLoad joined = group.joined.get(j);
			Segment previous = this.segments.get(this.segments.size() - 1);
			add(new Segment(joined, joined.relation().target(), joined.load.selection(), joined.load.aggregates(),
					previous.start + previous.width(), false));
			this.joinedParents[j] = (joined.parent == group.anchor) ? -1 : group.joined.indexOf(joined.parent);
		}
	}

	private void add(Segment segment) {
		this.segments.add(segment);
		this.columnTypes.addAll(segment.columnTypes());
	}

	public static LoadStatement root(LoadPlan plan, Dialect dialect) {
		return new LoadStatement(plan.rootGroup(), plan.query(), dialect);
	}

	public static LoadStatement batched(JoinGroup group, Dialect dialect) {
		return new LoadStatement(group, null, dialect);
	}

	/**
	 * The root statement: the query's select with the joined relations; the root rows go
	 * into a derived table first when they are limited and a joined relation repeats
	 * them.
	 */
	public Select rootSelect() {
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
	public Select batchedSelect(List<Object> keys, KeyListForm form) {
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
		boolean keyOutsideTarget = relation.path().keyOutsideTarget();
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
			if (keyOutsideTarget) {
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
			if (keyOutsideTarget) {
				items.add(new SelectItem(new ColumnRef(alias, JoinClauses.PARENT_KEY), null));
			}
		}
		else {
			from = QueryCompiler.table(relation.target(), alias);
			Expression parentKey = PathJoins.toParentKey(relation, alias, joins);
			if (keyOutsideTarget) {
				items.add(new SelectItem(parentKey, null));
			}
			where = JoinClauses.and(keyCondition.on(parentKey), QueryCompiler.relationCondition(anchor.load, alias));
		}
		return anchorSelect(items, from, joins, where);
	}

	/**
	 * The statement of a batched group limited per parent for one parent, where the
	 * dialect reads per-parent pages a statement per parent ({@link #perParent}): the
	 * parent's page in a derived table ({@code WHERE fk = ? ORDER BY ... LIMIT ?}, served
	 * by an index on the foreign key), with the same columns in the same order as
	 * {@link #batchedSelect}'s rows. The SQL is the same for every parent; only the key
	 * bind differs.
	 * @param key the parent's key, bound as the matched column's type
	 */
	public Select perParentSelect(Bind key) {
		PlannedLoad anchor = this.group.anchor;
		String alias = anchor.alias;
		List<SelectItem> items = new ArrayList<>();
		if (anchor.relation().path().keyOutsideTarget()) {
			items.add(new SelectItem(new ColumnRef(alias, JoinClauses.PARENT_KEY), null));
		}
		FromItem from = new DerivedTable(JoinClauses.lateralRows(anchor, alias + "i", key), alias);
		return anchorSelect(items, from, new ArrayList<>(), null);
	}

	/**
	 * Tells whether a batched relation's pages are read a statement per parent
	 * ({@link #perParentSelect}): when the relation is limited per parent and the dialect
	 * prefers it (it has no {@code LATERAL}).
	 * @param anchor the batched relation load
	 */
	public boolean perParent(PlannedLoad anchor) {
		return anchor.paged() && this.perParentStatements;
	}

	/**
	 * Completes a batched group's select: the anchor's columns and aggregates after the
	 * given items, the joined relations, and the order.
	 */
	private Select anchorSelect(List<SelectItem> items, FromItem from, List<Join> joins, @Nullable Condition where) {
		PlannedLoad anchor = this.group.anchor;
		String alias = anchor.alias;
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
	public boolean lateral(PlannedLoad anchor, boolean array) {
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
	public boolean keyBound(PlannedLoad anchor, KeyListForm form) {
		return this.keyBound && form == KeyListForm.JSON_TABLE && KeyBoundPages.applies(anchor, anchor.alias);
	}

	/**
	 * Tells whether a joined relation limited per parent is read through
	 * {@code LEFT JOIN LATERAL}, each parent's page only, rather than a
	 * {@code ROW_NUMBER()} derived table numbering every related row.
	 * @param joined a relation joined into this statement
	 */
	public boolean joinsLateral(PlannedLoad joined) {
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
	public static ModelProperty matchedProperty(Relation relation) {
		return relation.path().matchedKey();
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

	/**
	 * The statement of one morphTo type for a chunk of keys: the model's rows whose key
	 * is among them ({@code = ANY(?)} with one array, else an IN list), soft-deleted rows
	 * left out.
	 */
	public static Select morphToSelect(EntityModel<?> model, ModelProperty key, List<Object> keys, boolean array) {
		String alias = "m0";
		List<SelectItem> items = new ArrayList<>();
		model.columns().forEach((c) -> items.add(new SelectItem(new ColumnRef(alias, c.column()), null)));
		ColumnRef keyColumn = new ColumnRef(alias, key.column());
		Condition where;
		if (array) {
			where = new EqualsAny(keyColumn, new ArrayBind(keys, key.columnType()));
		}
		else {
			List<Expression> binds = new ArrayList<>(keys.size());
			keys.forEach((k) -> binds.add(new Bind(k, key.columnType())));
			where = new InList(keyColumn, binds, false);
		}
		ModelProperty deletedAt = model.softDelete().orElse(null);
		if (deletedAt != null) {
			where = Condition.and(where, new NullCheck(new ColumnRef(alias, deletedAt.column()), false));
		}
		return Select.builder().select(items).from(QueryCompiler.table(model, alias)).where(where).build();
	}

}
