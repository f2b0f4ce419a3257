package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.jdbc.EntityRowFactory;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.observation.RelationLoadObservation;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.ArrayBind;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.EqualsAny;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.NullCheck;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Loads a morphTo: groups the parents by the type value in their type column, refuses a
 * value no model has, and reads each type's rows with one batched statement (per chunk of
 * keys), attaching each row to the parents that point at it. Rows are built at once: a
 * morphTo takes no nested loads.
 */
final class MorphToLoader {

	private final StatementExecutor executor;

	private final ValueConversions conversions;

	private final LoadSettings settings;

	MorphToLoader(StatementExecutor executor, ValueConversions conversions, LoadSettings settings) {
		this.executor = executor;
		this.conversions = conversions;
		this.settings = settings;
	}

	void load(PlannedLoad load, Iterable<RowNode> parents, Segment parentSegment, RelationLoadObservation observation) {
		Relation relation = load.relation();
		int idPosition = parentSegment.positionOf(relation.sourceKey());
		int typePosition = parentSegment.positionOf(relation.morphType().orElseThrow());
		Map<String, Map<Object, List<RowNode>>> byType = new LinkedHashMap<>();
		for (RowNode parent : parents) {
			Object type = parent.values[typePosition];
			Object id = parent.values[idPosition];
			if (type != null && id != null) {
				byType.computeIfAbsent((String) type, (t) -> new LinkedHashMap<>())
					.computeIfAbsent(Keys.normalize(id), (k) -> new ArrayList<>(1))
					.add(parent);
			}
		}
		for (String type : byType.keySet()) {
			if (!relation.morphTargets().containsKey(type)) {
				throw new OrmUsageException(relation.qualifiedName() + " holds the type '" + type
						+ "', which no model of the morphTo has; the known types are: "
						+ String.join(", ", relation.morphTargets().keySet()));
			}
		}
		byType.forEach(
				(type, parentsByKey) -> loadType(load, relation.morphTargets().get(type), parentsByKey, observation));
	}

	private void loadType(PlannedLoad load, EntityModel<?> model, Map<Object, List<RowNode>> parentsByKey,
			RelationLoadObservation observation) {
		ModelProperty key = model.keys().get(0);
		int keyPosition = model.columns().indexOf(key);
		EntityRowFactory<?> factory = EntityRowFactory.of(model, model.columns());
		Dialect dialect = this.executor.profile().dialect();
		boolean array = dialect.supportsArrayParameters() && dialect.arrayElementType(key.columnType()) != null;
		int chunkSize = array ? KeyChunks.ARRAY_CHUNK
				: Math.max(1, Math.min(this.settings.maxBatchKeys(), dialect.maxBindParameters()));
		List<Object> keys = Keys.forColumn(parentsByKey.keySet(), key, this.conversions);
		for (List<Object> chunk : KeyChunks.split(keys, chunkSize)) {
			List<Object> sent = array ? chunk : KeyChunks.padded(chunk, chunkSize);
			observation.batch(chunk.size());
			SqlStatement statement = SqlStatement.of(
					this.executor.profile().renderer().render(select(model, key, sent, array)), model.name(),
					QueryReader.SELECT);
			for (Object[] row : this.executor.queryRows(statement, factory.columnTypes())) {
				RowNode loaded = new RowNode(row, 0);
				loaded.instance = factory.create(row);
				for (RowNode parent : parentsByKey.getOrDefault(Keys.normalize(row[keyPosition]), List.of())) {
					parent.attach(load.slotPosition, loaded, false);
				}
			}
		}
	}

	private static Select select(EntityModel<?> model, ModelProperty key, List<Object> keys, boolean array) {
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
