package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.internal.compile.LoadStatement;
import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.internal.query.Ordering;
import dev.relata.orm.internal.query.RelationLoadModel;
import dev.relata.orm.internal.sql.ArrayBind;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.JsonArrayText;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.sql.dialect.KeyListForm;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of batched relation statements that the schema alone determines, rendered once
 * per shape and kept for the life of an {@code Orm}: a relation loaded without a filter,
 * aggregate, limit or offset (its own, and those of the relations joined into its
 * statement) binds nothing but its parents' keys, so the same relations, selections,
 * orders, aliases and key-list form give the same SQL text. A cached text is taken only
 * after its first rendering bound exactly the keys; at most {@value #MAX_SHAPES} shapes
 * are kept. One per {@link QueryReader}, shared by its loads; thread-safe.
 */
final class BatchedSqlCache {

	static final int MAX_SHAPES = 1_000;

	private final Map<Shape, String> sql = new ConcurrentHashMap<>();

	/**
	 * Renders the statement of a batched group for some keys, or takes its SQL from the
	 * cache.
	 * @param statement the batched group's statement
	 * @param keys the parent keys, converted (and padded for an IN list)
	 * @param form how the keys are sent
	 * @param matched the column the keys are compared with
	 * @param renderer the database's renderer
	 * @return the SQL and its binds
	 */
	RenderedSql render(LoadStatement statement, List<Object> keys, KeyListForm form, ModelProperty matched,
			SqlRenderer renderer) {
		Shape shape = Shape.of(statement, form, keys.size());
		if (shape != null) {
			String cached = this.sql.get(shape);
			if (cached != null) {
				return new RenderedSql(cached, keyBinds(keys, form, matched.columnType()));
			}
		}
		RenderedSql rendered = renderer.render(statement.batchedSelect(keys, form));
		if (shape != null && this.sql.size() < MAX_SHAPES
				&& rendered.binds().equals(keyBinds(keys, form, matched.columnType()))) {
			this.sql.putIfAbsent(shape, rendered.sql());
		}
		return rendered;
	}

	int size() {
		return this.sql.size();
	}

	private static List<Expression> keyBinds(List<Object> keys, KeyListForm form, Class<?> type) {
		return switch (form) {
			case ARRAY -> List.of(new ArrayBind(keys, type));
			case JSON_TABLE -> List.of(new Bind(JsonArrayText.of(keys), String.class));
			case IN_LIST -> {
				List<Expression> binds = new ArrayList<>(keys.size());
				for (Object key : keys) {
					binds.add(new Bind(key, type));
				}
				yield binds;
			}
		};
	}

	/**
	 * What determines a batched statement's SQL when it binds only its keys.
	 *
	 * @param loads the anchor, then each joined relation
	 * @param form how the keys are sent
	 * @param keyCount the number of keys for an IN list (one placeholder each), else 0
	 */
	record Shape(List<LoadShape> loads, KeyListForm form, int keyCount) {

		/**
		 * The shape of a statement, or {@code null} when its SQL binds more than its
		 * keys.
		 */
		static @Nullable Shape of(LoadStatement statement, KeyListForm form, int keyCount) {
			List<PlannedLoad> joined = statement.group.joined;
			List<LoadShape> loads = new ArrayList<>(1 + joined.size());
			LoadShape anchor = LoadShape.of(statement.group.anchor, -1);
			if (anchor == null) {
				return null;
			}
			loads.add(anchor);
			for (int i = 0; i < joined.size(); i++) {
				LoadShape load = LoadShape.of(joined.get(i), statement.joinedParents[i]);
				if (load == null) {
					return null;
				}
				loads.add(load);
			}
			return new Shape(loads, form, (form == KeyListForm.IN_LIST) ? keyCount : 0);
		}

	}

	/**
	 * What determines one relation's part of the SQL.
	 *
	 * @param relation the relation
	 * @param alias its alias in the statement
	 * @param parent for a joined relation, its parent's position among the joined ones
	 * (-1 for the anchor and its children)
	 * @param selection the selected properties
	 * @param orderings the relation query's order
	 */
	record LoadShape(Relation relation, String alias, int parent, List<ModelProperty> selection,
			List<Ordering> orderings) {

		static @Nullable LoadShape of(PlannedLoad planned, int parent) {
			RelationLoadModel load = planned.load;
			if (!load.where().isEmpty() || !load.aggregates().isEmpty() || load.limit() != null
					|| load.offset() != null) {
				return null;
			}
			return new LoadShape(load.relation(), planned.alias, parent, load.selection(), load.orderings());
		}

	}

}
