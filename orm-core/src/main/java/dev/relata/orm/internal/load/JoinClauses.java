package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.internal.sql.Constant;
import dev.relata.orm.internal.sql.LateralDerivedTable;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.DerivedTable;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.Join;
import dev.relata.orm.internal.sql.JoinType;
import dev.relata.orm.internal.sql.RowNumber;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.compile.MorphConditions;
import dev.relata.orm.internal.compile.QueryCompiler;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The pieces of SQL that fetch a relation's rows: the LEFT JOINs of a joined relation
 * (its filter in the {@code ON}, so parents without matches stay), the
 * {@code ROW_NUMBER()} derived table that pages related rows per parent, and the
 * {@code LATERAL} subquery that pages one parent's rows.
 */
final class JoinClauses {

	/** The column of a derived table numbering the related rows of each parent. */
	static final String ROW_NUMBER = "relata_rn";

	/** The column of a many-to-many's rows holding the parent's key. */
	static final String PARENT_KEY = "relata_parent";

	/** The column of the {@code unnest(?)} rows holding one parent key each. */
	static final String PARENT_KEY_VALUE = "relata_parent_key";

	private JoinClauses() {
	}

	/**
	 * The joins that bring a joined relation's rows next to their parent's.
	 * @param load the joined relation
	 * @param lateral whether a relation limited per parent is read through
	 * {@code LEFT JOIN LATERAL (... LIMIT ? OFFSET ?)} (each parent's page only) rather
	 * than a {@code ROW_NUMBER()} derived table
	 */
	static List<Join> joins(PlannedLoad load, boolean lateral) {
		Relation relation = load.relation();
		String alias = load.alias;
		ColumnRef parentKey = column(load.parentAlias(), relation.sourceKey());
		List<Join> joins = new ArrayList<>();
		if (load.paged() && lateral) {
			joins.add(new Join(JoinType.LEFT, new LateralDerivedTable(lateralRows(load, alias + "i", parentKey), alias),
					new Constant(true)));
			return joins;
		}
		if (load.paged()) {
			Select paged = pagedRows(load, alias + "i", null);
			Expression match = (relation.throughJoinModel()) ? new ColumnRef(alias, PARENT_KEY)
					: column(alias, relation.targetKey());
			Condition on = Condition.and(new Comparison(match, ComparisonOperator.EQ, parentKey),
					rowNumberRange(load, alias));
			joins.add(new Join(JoinType.LEFT, new DerivedTable(paged, alias), on));
			return joins;
		}
		Condition filter = QueryCompiler.relationCondition(load.load, alias);
		if (relation.throughJoinModel()) {
			String through = alias + "j";
			joins
				.add(new Join(JoinType.LEFT, QueryCompiler.table(relation.through().orElseThrow(), through),
						MorphConditions.and(
								new Comparison(column(through, relation.throughSourceKey().orElseThrow()),
										ComparisonOperator.EQ, parentKey),
								MorphConditions.onJoinRows(relation, through))));
			joins.add(new Join(JoinType.LEFT, QueryCompiler.table(relation.target(), alias),
					and(new Comparison(column(alias, relation.targetKey()), ComparisonOperator.EQ,
							column(through, relation.throughTargetKey().orElseThrow())), filter)));
			return joins;
		}
		joins.add(new Join(JoinType.LEFT, QueryCompiler.table(relation.target(), alias),
				and(new Comparison(column(alias, relation.targetKey()), ComparisonOperator.EQ, parentKey), filter)));
		return joins;
	}

	/**
	 * A select of the related rows numbered per parent: every column of the target, the
	 * parent's key for a many-to-many, and
	 * {@code ROW_NUMBER() OVER (PARTITION BY parent key ORDER BY relation
	 * order, key)}.
	 * @param load the relation load
	 * @param alias the alias of the target inside the derived table
	 * @param keyCondition restricts the parents (batched), or {@code null} (joined)
	 * @return the select to use as a derived table
	 */
	static Select pagedRows(PlannedLoad load, String alias, @Nullable KeyCondition keyCondition) {
		List<SelectItem> items = new ArrayList<>();
		List<Join> joins = new ArrayList<>();
		Expression partition = relatedRows(load.relation(), alias, items, joins);
		items.add(new SelectItem(new RowNumber(List.of(partition), QueryCompiler.relationOrderItems(load.load, alias)),
				ROW_NUMBER));
		Condition where = and((keyCondition != null) ? keyCondition.on(partition) : null,
				QueryCompiler.relationCondition(load.load, alias));
		return Select.builder()
			.select(items)
			.from(QueryCompiler.table(load.relation().target(), alias))
			.joins(joins)
			.where(where)
			.build();
	}

	/**
	 * A select of one parent's page of related rows, for a {@code LATERAL} derived table:
	 * every column of the target and the parent's key for a many-to-many (as
	 * {@link #pagedRows} selects them, without the row number), the rows of the given
	 * parent only, in the relation's order with the key as tie-breaker (the order
	 * {@code ROW_NUMBER()} numbers them in), then the relation's limit and offset.
	 * @param load the relation load
	 * @param alias the alias of the target inside the derived table
	 * @param parentKey the parent's key, from the rows on the lateral table's left
	 * @return the select to use as a lateral derived table
	 */
	static Select lateralRows(PlannedLoad load, String alias, Expression parentKey) {
		List<SelectItem> items = new ArrayList<>();
		List<Join> joins = new ArrayList<>();
		Expression partition = relatedRows(load.relation(), alias, items, joins);
		Condition where = and(new Comparison(partition, ComparisonOperator.EQ, parentKey),
				QueryCompiler.relationCondition(load.load, alias));
		return Select.builder()
			.select(items)
			.from(QueryCompiler.table(load.relation().target(), alias))
			.joins(joins)
			.where(where)
			.orderBy(QueryCompiler.relationOrderItems(load.load, alias))
			.limit(load.load.limit())
			.offset(load.load.offset())
			.build();
	}

	/**
	 * Adds the items and joins that read a relation's rows with their parent's key: the
	 * join model's key (selected as {@link #PARENT_KEY}) through the join model of a
	 * many-to-many, else the target's foreign key; then every column of the target.
	 * @return the expression holding the parent's key
	 */
	private static Expression relatedRows(Relation relation, String alias, List<SelectItem> items, List<Join> joins) {
		Expression parentKey;
		if (relation.throughJoinModel()) {
			String through = alias + "j";
			parentKey = column(through, relation.throughSourceKey().orElseThrow());
			items.add(new SelectItem(parentKey, PARENT_KEY));
			joins.add(new Join(JoinType.INNER, QueryCompiler.table(relation.through().orElseThrow(), through),
					MorphConditions.and(
							new Comparison(column(through, relation.throughTargetKey().orElseThrow()),
									ComparisonOperator.EQ, column(alias, relation.targetKey())),
							MorphConditions.onJoinRows(relation, through))));
		}
		else {
			parentKey = column(alias, relation.targetKey());
		}
		for (ModelProperty property : relation.target().columns()) {
			items.add(new SelectItem(column(alias, property), null));
		}
		return parentKey;
	}

	/**
	 * {@code alias.relata_rn > offset [AND alias.relata_rn <= offset + limit]}.
	 */
	static Condition rowNumberRange(PlannedLoad load, String alias) {
		long offset = (load.load.offset() != null) ? load.load.offset() : 0L;
		ColumnRef rowNumber = new ColumnRef(alias, ROW_NUMBER);
		Condition after = new Comparison(rowNumber, ComparisonOperator.GT, new Bind(offset, Long.class));
		Long limit = load.load.limit();
		if (limit == null) {
			return after;
		}
		return Condition.and(after,
				new Comparison(rowNumber, ComparisonOperator.LE, new Bind(offset + limit, Long.class)));
	}

	static ColumnRef column(String alias, ModelProperty property) {
		return new ColumnRef(alias, Objects.requireNonNull(property.column()));
	}

	static Condition and(@Nullable Condition first, @Nullable Condition second) {
		if (first == null) {
			return (second != null) ? second : new Constant(true);
		}
		return (second == null) ? first : Condition.and(first, second);
	}

	/**
	 * Restricts rows to a chunk of parent keys, given the expression that holds the
	 * parent key.
	 */
	@FunctionalInterface
	interface KeyCondition {

		Condition on(Expression parentKey);

	}

}
