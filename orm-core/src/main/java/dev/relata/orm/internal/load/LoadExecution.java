package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.internal.observation.RelationLoadObservation;
import dev.relata.orm.observation.RelationLoad;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.KeyListForm;
import org.jspecify.annotations.Nullable;

/**
 * One run of a load plan: executes the statement groups in order, keeps the rows of each
 * relation by key, stitches batched rows to their parents in one pass, and finally builds
 * every instance bottom-up. Not reusable.
 */
final class LoadExecution {

	private static final Object[] NO_VALUES = new Object[0];

	private final LoadPlan plan;

	private final StatementExecutor executor;

	private final ValueConversions conversions;

	private final LoadSettings settings;

	private final OrmObservations observations;

	private final Map<PlannedLoad, LoadRows> rows = new IdentityHashMap<>();

	private final Map<PlannedLoad, Segment> segments = new IdentityHashMap<>();

	private final List<GroupStatement> statements = new ArrayList<>();

	private final List<LoadedRow> roots = new ArrayList<>();

	private final List<PlannedLoad> morphTos = new ArrayList<>();

	private final MorphToLoader morphToLoader;

	/** Counts the to-many lists built, for {@link LoadedRow#mark}. */
	private int buildPass;

	LoadExecution(LoadPlan plan, StatementExecutor executor, ValueConversions conversions, LoadSettings settings,
			OrmObservations observations) {
		this.plan = plan;
		this.executor = executor;
		this.conversions = conversions;
		this.settings = settings;
		this.observations = observations;
		this.morphToLoader = new MorphToLoader(executor, conversions, settings);
		Dialect dialect = executor.profile().dialect();
		for (StatementGroup group : plan.groups()) {
			if (isMorphTo(group)) {
				this.morphTos.add(group.anchor);
				this.rows.put(group.anchor, new LoadRows());
				continue;
			}
			GroupStatement statement = group.root() ? GroupStatement.root(plan, dialect)
					: GroupStatement.batched(group, dialect);
			this.statements.add(statement);
			for (Segment segment : statement.segments) {
				if (segment.load != null) {
					this.segments.put(segment.load, segment);
					this.rows.put(segment.load, new LoadRows());
				}
			}
		}
	}

	GroupStatement rootStatement() {
		return this.statements.get(0);
	}

	/**
	 * Runs the root statement and every relation statement, and builds the root
	 * instances.
	 */
	<T> List<T> run() {
		GroupStatement root = rootStatement();
		RenderedSql sql = renderer().render(root.rootSelect());
		List<RelationLoadObservation> joined = startJoined(root);
		List<Object[]> rows;
		try {
			rows = this.executor.queryRows(SqlStatement.of(sql, this.plan.query().model().name(), QueryReader.SELECT),
					root.columnTypes, root.rowWidth());
		}
		catch (RuntimeException ex) {
			joined.forEach((observation) -> observation.error(ex));
			throw ex;
		}
		finally {
			joined.forEach(RelationLoadObservation::stop);
		}
		addRoots(root, rows);
		return runRelations();
	}

	/**
	 * Loads the relations of root rows read elsewhere (a chunk of a stream), and builds
	 * them.
	 */
	<T> List<T> runFor(List<Object[]> rootRows) {
		addRoots(rootStatement(), rootRows);
		return runRelations();
	}

	private void addRoots(GroupStatement root, List<Object[]> rows) {
		Segment segment = root.segments.get(0);
		Map<Object, LoadedRow> byKey = root.group.joined.isEmpty() ? null : new HashMap<>();
		for (Object[] row : rows) {
			LoadedRow loaded;
			if (byKey == null) {
				loaded = new LoadedRow(segment.slice(row), this.plan.loads().size());
				this.roots.add(loaded);
			}
			else {
				Object key = segment.key(row);
				loaded = byKey.get(key);
				if (loaded == null) {
					loaded = new LoadedRow(segment.slice(row), this.plan.loads().size());
					byKey.put(key, loaded);
					this.roots.add(loaded);
				}
			}
			attachJoined(root, row, loaded);
		}
	}

	private <T> List<T> runRelations() {
		for (StatementGroup group : this.plan.groups()) {
			if (isMorphTo(group)) {
				runMorphTo(group.anchor);
			}
			else if (!group.root()) {
				runBatched(statementOf(group));
			}
		}
		Segment rootSegment = rootStatement().segments.get(0);
		List<T> result = new ArrayList<>(this.roots.size());
		for (LoadedRow root : this.roots) {
			result.add(instance(root, rootSegment, this.plan.loads()));
		}
		return Collections.unmodifiableList(result);
	}

	private void runBatched(GroupStatement statement) {
		PlannedLoad anchor = statement.group.anchor;
		Relation relation = anchor.relation();
		Map<Object, Object> parentsByKey = parentsByKey(anchor);
		RelationLoadObservation observation = this.observations.relationLoad(relationLoad(anchor));
		List<RelationLoadObservation> joined = startJoined(statement);
		try {
			if (parentsByKey.isEmpty()) {
				return;
			}
			ModelProperty matched = GroupStatement.matchedProperty(relation);
			List<Object> keys = Keys.forColumn(parentsByKey.keySet(), matched, this.conversions);
			Dialect dialect = this.executor.profile().dialect();
			KeyListForm form = dialect.keyListForm(matched.columnType());
			boolean inList = form == KeyListForm.IN_LIST;
			// Usually every key fits one statement: render it once and keep it, rather
			// than
			// render a probe statement to count the other binds first.
			RenderedSql single = inList ? singleStatement(statement, keys, dialect) : null;
			int chunkSize = !inList ? KeyChunks.ARRAY_CHUNK
					: (single != null) ? keys.size() : chunkSize(statement, dialect);
			BatchedRows batchedRows = new BatchedRows(statement, this.rows.get(anchor), parentsByKey);
			for (List<Object> chunk : KeyChunks.split(keys, chunkSize)) {
				RenderedSql sql = (single != null) ? single : renderer()
					.render(statement.batchedSelect(inList ? KeyChunks.padded(chunk, chunkSize) : chunk, form));
				observation.batch(chunk.size());
				this.executor.forEachRow(SqlStatement.of(sql, relation.target().name(), QueryReader.SELECT),
						statement.columnTypes, statement.rowWidth(), batchedRows);
			}
		}
		catch (RuntimeException ex) {
			observation.error(ex);
			joined.forEach((o) -> o.error(ex));
			throw ex;
		}
		finally {
			observation.stop();
			joined.forEach(RelationLoadObservation::stop);
		}
	}

	private static boolean isMorphTo(StatementGroup group) {
		return group.anchor != null && group.anchor.relation().kind() == dev.relata.orm.schema.RelationKind.MORPH_TO;
	}

	private GroupStatement statementOf(StatementGroup group) {
		return this.statements.stream().filter((s) -> s.group == group).findFirst().orElseThrow();
	}

	private void runMorphTo(PlannedLoad load) {
		Segment parentSegment = (load.parent == null) ? rootStatement().segments.get(0)
				: this.segments.get(load.parent);
		Iterable<LoadedRow> parents = (load.parent == null) ? this.roots : this.rows.get(load.parent).values();
		RelationLoadObservation observation = this.observations.relationLoad(relationLoad(load));
		try {
			this.morphToLoader.load(load, parents, parentSegment, observation);
		}
		catch (RuntimeException ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * The IN-list statement for all keys at once, or {@code null} when they need more
	 * than one statement (more keys than {@code maxBatchKeys}, or more binds than the
	 * database takes).
	 */
	private @Nullable RenderedSql singleStatement(GroupStatement statement, List<Object> keys, Dialect dialect) {
		if (keys.size() > this.settings.maxBatchKeys()) {
			return null;
		}
		RenderedSql sql = renderer()
			.render(statement.batchedSelect(KeyChunks.padded(keys, this.settings.maxBatchKeys()), KeyListForm.IN_LIST));
		return (sql.binds().size() <= dialect.maxBindParameters()) ? sql : null;
	}

	private int chunkSize(GroupStatement statement, Dialect dialect) {
		int otherBinds = renderer().render(statement.batchedSelect(List.of(0L), KeyListForm.IN_LIST)).binds().size()
				- 1;
		return Math.max(1, Math.min(this.settings.maxBatchKeys(), dialect.maxBindParameters() - otherBinds));
	}

	/**
	 * The parents of a load by their normalized key: one {@link LoadedRow}, or a
	 * {@code List<LoadedRow>} when several parents share a key (posts of one author under
	 * a belongsTo), so the usual single parent costs no list.
	 */
	private Map<Object, Object> parentsByKey(PlannedLoad load) {
		Segment parentSegment = (load.parent == null) ? rootStatement().segments.get(0)
				: this.segments.get(load.parent);
		int position = parentSegment.positionOf(load.relation().sourceKey());
		Iterable<LoadedRow> parents = (load.parent == null) ? this.roots : this.rows.get(load.parent).values();
		Map<Object, Object> byKey = new LinkedHashMap<>();
		for (LoadedRow parent : parents) {
			Object key = parent.values[position];
			if (key != null) {
				byKey.merge(Keys.normalize(key), parent, LoadExecution::withParent);
			}
		}
		return byKey;
	}

	@SuppressWarnings("unchecked")
	private static Object withParent(Object parents, Object parent) {
		if (parents instanceof LoadedRow single) {
			List<LoadedRow> several = new ArrayList<>(4);
			several.add(single);
			several.add((LoadedRow) parent);
			return several;
		}
		((List<LoadedRow>) parents).add((LoadedRow) parent);
		return parents;
	}

	/**
	 * Attaches the rows of the relations joined into a statement, for one result row.
	 */
	private void attachJoined(GroupStatement statement, Object[] row, LoadedRow anchorRow) {
		List<PlannedLoad> joined = statement.group.joined;
		if (joined.isEmpty()) {
			return;
		}
		LoadedRow[] resolved = new LoadedRow[joined.size()];
		for (int j = 0; j < joined.size(); j++) {
			PlannedLoad load = joined.get(j);
			int parentIndex = statement.joinedParents[j];
			LoadedRow parent = (parentIndex < 0) ? anchorRow : resolved[parentIndex];
			if (parent == null) {
				continue;
			}
			Segment segment = statement.segments.get(j + 1);
			Object key = segment.key(row);
			if (key == null) {
				continue;
			}
			LoadRows loaded = this.rows.get(load);
			LoadedRow child = loaded.get(key);
			if (child == null) {
				child = new LoadedRow(segment.slice(row), load.children.size());
				loaded.put(key, child);
			}
			parent.attach(load.slotPosition, child, load.relation().toMany());
			resolved[j] = child;
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T instance(LoadedRow row, Segment segment, List<PlannedLoad> children) {
		if (row.instance == null) {
			Object[] slotValues = children.isEmpty() ? NO_VALUES : new Object[children.size()];
			for (int i = 0; i < slotValues.length; i++) {
				PlannedLoad child = children.get(i);
				Segment childSegment = this.segments.get(child);
				Object slot = row.slots[i];
				if (child.relation().toMany()) {
					slotValues[i] = (slot != null) ? instances((List<LoadedRow>) slot, childSegment, child.children)
							: List.of();
				}
				else {
					slotValues[i] = (slot != null) ? instance((LoadedRow) slot, childSegment, child.children) : null;
				}
			}
			row.instance = segment.factory.create(row.values, segment.slotIndexes, slotValues);
		}
		return (T) row.instance;
	}

	/**
	 * Builds a to-many slot's children in row order, each child once (its first
	 * occurrence), as an unmodifiable list.
	 */
	private List<Object> instances(List<LoadedRow> rows, Segment segment, List<PlannedLoad> children) {
		int pass = ++this.buildPass;
		Object[] built = new Object[rows.size()];
		int count = 0;
		for (LoadedRow child : rows) {
			if (child.mark != pass) {
				child.mark = pass;
				built[count++] = child;
			}
		}
		for (int i = 0; i < count; i++) {
			built[i] = instance((LoadedRow) built[i], segment, children);
		}
		return Collections
			.unmodifiableList(Arrays.asList((count == built.length) ? built : Arrays.copyOf(built, count)));
	}

	private List<RelationLoadObservation> startJoined(GroupStatement statement) {
		List<RelationLoadObservation> started = new ArrayList<>(statement.group.joined.size());
		for (PlannedLoad load : statement.group.joined) {
			started.add(this.observations.relationLoad(relationLoad(load)));
		}
		return started;
	}

	private static RelationLoad relationLoad(PlannedLoad load) {
		Relation relation = load.relation();
		return new RelationLoad(relation.source().name(), relation.name(), relation.kind().label(),
				load.strategy.label(), requested(load).label(), load.reason.code());
	}

	static LoadStrategy requested(PlannedLoad load) {
		return (load.reason == dev.relata.orm.query.LoadReason.EXPLICIT) ? load.strategy
				: load.load.options().getStrategy();
	}

	private SqlRenderer renderer() {
		return this.executor.profile().renderer();
	}

	@Nullable Segment segment(PlannedLoad load) {
		return this.segments.get(load);
	}

	/**
	 * Takes the rows of one batched statement as they are read: keeps each target row (by
	 * key, unless it can only come once), attaches it to every parent with the matched
	 * key, and attaches the relations joined into the statement.
	 */
	private final class BatchedRows implements Consumer<Object[]> {

		private final GroupStatement statement;

		private final PlannedLoad anchor;

		private final Segment segment;

		private final LoadRows rows;

		private final Map<Object, Object> parentsByKey;

		/**
		 * Whether each target row comes once: not when several parents share it (a pivot)
		 * or a joined relation repeats it.
		 */
		private final boolean once;

		private final boolean toMany;

		BatchedRows(GroupStatement statement, LoadRows rows, Map<Object, Object> parentsByKey) {
			this.statement = statement;
			this.anchor = statement.group.anchor;
			this.segment = statement.segments.get(0);
			this.rows = rows;
			this.parentsByKey = parentsByKey;
			Relation relation = this.anchor.relation();
			this.once = !relation.kind().throughJoinModel() && !statement.group.hasMultiplyingJoin();
			this.toMany = relation.toMany();
		}

		@Override
		@SuppressWarnings("unchecked")
		public void accept(Object[] row) {
			LoadedRow child;
			if (this.once) {
				child = new LoadedRow(this.segment.slice(row), this.anchor.children.size());
				this.rows.append(child);
			}
			else {
				Object key = this.segment.key(row);
				child = this.rows.get(key);
				if (child == null) {
					child = new LoadedRow(this.segment.slice(row), this.anchor.children.size());
					this.rows.put(key, child);
				}
			}
			Object parents = this.parentsByKey.get(Keys.normalize(row[this.statement.parentKeyPosition]));
			if (parents instanceof LoadedRow parent) {
				parent.attach(this.anchor.slotPosition, child, this.toMany);
			}
			else if (parents != null) {
				for (LoadedRow parent : (List<LoadedRow>) parents) {
					parent.attach(this.anchor.slotPosition, child, this.toMany);
				}
			}
			attachJoined(this.statement, row, child);
		}

	}

}
