package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.DerivedTable;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.FromItem;
import dev.relata.orm.internal.sql.Join;
import dev.relata.orm.internal.sql.JoinType;
import dev.relata.orm.internal.sql.JsonTable;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.OrderItem;
import dev.relata.orm.internal.sql.ScalarSubquery;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;

/**
 * A batched relation limited per parent and ordered by its target's key alone, read
 * through each parent's key bounds where the database has no {@code LATERAL} (MariaDB): a
 * derived table gives, per parent key, the related key that ends the page (the
 * {@code offset + limit}-th, read from the index with {@code LIMIT 1 OFFSET ?}) and the
 * one just before it (with an offset), then the related rows are joined from those
 * bounds. The database reads about a page per parent, where {@code ROW_NUMBER()} numbers
 * every related row first (measured 2.5 to 15 times slower on MariaDB,
 * {@code orm-benchmarks/README.md}).
 *
 * <pre>
 * SELECT t1.* FROM (SELECT DISTINCT t1k.relata_parent_key,
 *     (SELECT t1l.id FROM posts t1l WHERE t1l.user_id = t1k.relata_parent_key
 *      ORDER BY t1l.id DESC LIMIT 1 OFFSET ?) AS relata_last
 *   FROM JSON_TABLE(?, ...) t1k) t1b
 * INNER JOIN posts t1 ON t1.user_id = t1b.relata_parent_key
 *   AND (t1b.relata_last IS NULL OR t1.id &gt;= t1b.relata_last)
 * </pre>
 */
final class KeyBoundPages {

	/** The column of the bounds holding the key that ends a parent's page. */
	static final String LAST = "relata_last";

	/** The column of the bounds holding the key just before a parent's page. */
	static final String BEFORE = "relata_before";

	private KeyBoundPages() {
	}

	/**
	 * Tells whether a batched load's pages can be read through key bounds: limited per
	 * parent, matched on the target's own column (not through a join model), and ordered
	 * by the target's single key alone, so that a page is a range of keys.
	 * @param anchor the batched relation load
	 * @param alias the alias its order items are compiled for
	 */
	static boolean applies(PlannedLoad anchor, String alias) {
		Relation relation = anchor.relation();
		if (!anchor.paged() || relation.kind().throughJoinModel() || relation.target().keys().size() != 1) {
			return false;
		}
		List<OrderItem> order = QueryCompiler.relationOrderItems(anchor.load, alias);
		return order.size() == 1
				&& order.get(0).expression().equals(JoinClauses.column(alias, relation.target().keys().get(0)));
	}

	/**
	 * The derived table of bounds joined to the related rows, for one chunk of keys.
	 * @param anchor the batched relation load ({@link #applies} it)
	 * @param keys the parent keys as rows
	 * @param joins receives the join of the related rows
	 * @return the from item: the bounds per parent key
	 */
	static FromItem from(PlannedLoad anchor, JsonTable keys, List<Join> joins) {
		Relation relation = anchor.relation();
		String alias = anchor.alias;
		ModelProperty key = relation.target().keys().get(0);
		boolean descending = QueryCompiler.relationOrderItems(anchor.load, alias).get(0).descending();
		long offset = (anchor.load.offset() != null) ? anchor.load.offset() : 0L;
		Long limit = anchor.load.limit();
		List<SelectItem> items = new ArrayList<>();
		items.add(new SelectItem(keys.value(), null));
		if (limit != null) {
			items.add(new SelectItem(bound(anchor, keys.value(), key, descending, offset + limit - 1), LAST));
		}
		if (offset > 0) {
			items.add(new SelectItem(bound(anchor, keys.value(), key, descending, offset - 1), BEFORE));
		}
		String boundsAlias = alias + "b";
		// DISTINCT keeps MariaDB from merging the bounds into the outer query: they are
		// computed once per parent key, not once per related row.
		Select bounds = Select.builder().distinct().select(items).from(keys).build();
		ColumnRef related = JoinClauses.column(alias, key);
		List<Condition> on = new ArrayList<>();
		on.add(Condition.eq(JoinClauses.column(alias, relation.targetKey()),
				new ColumnRef(boundsAlias, JoinClauses.PARENT_KEY_VALUE)));
		if (limit != null) {
			ColumnRef last = new ColumnRef(boundsAlias, LAST);
			// No bound when the parent has fewer related rows than the page's end.
			on.add(Condition.or(new NullCheck(last, false),
					new Comparison(related, descending ? ComparisonOperator.GE : ComparisonOperator.LE, last)));
		}
		if (offset > 0) {
			// No key before the page: the offset skips every related row.
			on.add(new Comparison(related, descending ? ComparisonOperator.LT : ComparisonOperator.GT,
					new ColumnRef(boundsAlias, BEFORE)));
		}
		joins.add(new Join(JoinType.INNER, QueryCompiler.table(relation.target(), alias), Condition.and(on)));
		return new DerivedTable(bounds, boundsAlias);
	}

	/**
	 * The related key at a position of a parent's related rows in the relation's order,
	 * or NULL when it has fewer.
	 */
	private static ScalarSubquery bound(PlannedLoad anchor, Expression parentKey, ModelProperty key, boolean descending,
			long position) {
		Relation relation = anchor.relation();
		String alias = anchor.alias + "l";
		ColumnRef related = JoinClauses.column(alias, key);
		Condition where = JoinClauses.and(Condition.eq(JoinClauses.column(alias, relation.targetKey()), parentKey),
				QueryCompiler.relationCondition(anchor.load, alias));
		return new ScalarSubquery(Select.builder()
			.select(related)
			.from(QueryCompiler.table(relation.target(), alias))
			.where(where)
			.orderBy(descending ? OrderItem.desc(related) : OrderItem.asc(related))
			.limit(1L)
			.offset(position)
			.build());
	}

}
