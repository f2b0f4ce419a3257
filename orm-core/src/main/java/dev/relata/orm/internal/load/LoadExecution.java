package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.compile.LoadStatement;
import dev.relata.orm.internal.compile.Segment;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.internal.plan.JoinGroup;
import dev.relata.orm.internal.plan.LoadPlan;
import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * One run of a load plan: runs the root statement, then each batched group's statement
 * and each morphTo, in plan order. Stitching the rows is {@link LoadGraph}'s job,
 * chunking batched keys {@link BatchedStatements}', building instances
 * {@link GraphInstances}' and observing relation loads {@link RelationLoadObservations}'.
 * Not reusable.
 */
final class LoadExecution {

	private final LoadPlan plan;

	private final StatementExecutor executor;

	private final RelationLoadObservations observations;

	private final List<LoadStatement> statements = new ArrayList<>();

	private final LoadGraph graph;

	private final BatchedStatements batches;

	private final MorphToLoader morphToLoader;

	LoadExecution(LoadPlan plan, StatementExecutor executor, ValueConversions conversions, LoadSettings settings,
			OrmObservations observations, BatchedSqlCache cache) {
		this.plan = plan;
		this.executor = executor;
		this.observations = new RelationLoadObservations(observations);
		this.batches = new BatchedStatements(executor, conversions, settings, cache);
		this.morphToLoader = new MorphToLoader(executor, conversions, settings);
		Dialect dialect = executor.profile().dialect();
		List<PlannedLoad> morphTos = new ArrayList<>();
		for (JoinGroup group : plan.groups()) {
			if (isMorphTo(group)) {
				morphTos.add(group.anchor);
			}
			else {
				this.statements
					.add(group.root() ? LoadStatement.root(plan, dialect) : LoadStatement.batched(group, dialect));
			}
		}
		this.graph = new LoadGraph(new SegmentReader(rootStatement().segments.get(0), plan.loads()),
				plan.loads().size());
		for (LoadStatement statement : this.statements) {
			for (Segment segment : statement.segments) {
				PlannedLoad load = segment.load;
				if (load != null) {
					this.graph.register(load, new SegmentReader(segment, load.children));
				}
			}
		}
		morphTos.forEach((load) -> this.graph.register(load, null));
	}

	LoadStatement rootStatement() {
		return this.statements.get(0);
	}

	/**
	 * Runs the root statement and every relation statement, and builds the root
	 * instances.
	 */
	<T> List<T> run() {
		LoadStatement root = rootStatement();
		RenderedSql sql = this.executor.profile().renderer().render(root.rootSelect());
		List<Object[]> rows = this.observations.observe(root.group.joined,
				(observed) -> this.executor.queryRows(
						SqlStatement.of(sql, this.plan.query().model().name(), QueryReader.SELECT), root.columnTypes,
						this.graph.rowWidth(root)));
		this.graph.addRoots(root, rows);
		return runRelations();
	}

	/**
	 * Loads the relations of root rows read elsewhere (a chunk of a stream), and builds
	 * them.
	 */
	<T> List<T> runFor(List<Object[]> rootRows) {
		this.graph.addRoots(rootStatement(), rootRows);
		return runRelations();
	}

	private <T> List<T> runRelations() {
		for (JoinGroup group : this.plan.groups()) {
			if (isMorphTo(group)) {
				runMorphTo(group.anchor);
			}
			else if (!group.root()) {
				runBatched(statementOf(group));
			}
		}
		return new GraphInstances(this.graph).roots(this.plan.loads());
	}

	private void runBatched(LoadStatement statement) {
		PlannedLoad anchor = statement.group.anchor;
		ParentIndex parents = this.graph.parents(anchor);
		List<PlannedLoad> read = new ArrayList<>(1 + statement.group.joined.size());
		read.add(anchor);
		read.addAll(statement.group.joined);
		this.observations.observe(read, (observed) -> {
			if (!parents.isEmpty()) {
				this.batches.run(statement, this.graph.rowWidth(statement), parents.keys(), observed.get(0),
						this.graph.batchedRows(statement, parents));
			}
			return null;
		});
	}

	private void runMorphTo(PlannedLoad load) {
		SegmentReader parentSegment = this.graph.parentSegment(load);
		Iterable<RowNode> parents = this.graph.parentRows(load);
		this.observations.observe(List.of(load), (observed) -> {
			this.morphToLoader.load(load, parents, parentSegment, observed.get(0));
			return null;
		});
	}

	private static boolean isMorphTo(JoinGroup group) {
		return group.anchor != null && group.anchor.relation().loadsPerType();
	}

	private LoadStatement statementOf(JoinGroup group) {
		return this.statements.stream().filter((s) -> s.group == group).findFirst().orElseThrow();
	}

}
