package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.relata.orm.internal.compile.LoadStatement;
import dev.relata.orm.internal.plan.JoinGroup;
import dev.relata.orm.internal.plan.LoadPlan;
import dev.relata.orm.internal.plan.PlannedLoad;
import dev.relata.orm.internal.sql.DatabaseProfile;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.KeyListForm;

/**
 * Turns a {@link LoadPlan} into the {@link QueryPlan} that {@code explain()} returns: the
 * SQL of every statement, rendered exactly as it would run (a batched statement with one
 * parent key).
 */
final class PlanDescriber {

	private PlanDescriber() {
	}

	static QueryPlan describe(LoadPlan plan, DatabaseProfile profile, LoadSettings settings, boolean inTransaction) {
		SqlRenderer renderer = profile.renderer();
		List<LoadStatement> statements = new ArrayList<>();
		for (JoinGroup group : plan.groups()) {
			boolean morphTo = group.anchor != null && group.anchor.relation().loadsPerType();
			if (!morphTo) {
				statements.add(group.root() ? LoadStatement.root(plan, profile.dialect())
						: LoadStatement.batched(group, profile.dialect()));
			}
		}
		RenderedSql root = renderer.render(statements.get(0).rootSelect());
		List<QueryPlan.RelationStep> steps = new ArrayList<>();
		for (PlannedLoad load : plan.loads()) {
			describe(load, statements, renderer, profile.dialect(), settings, steps);
		}
		return new QueryPlan(root.sql(), root.binds().size(), plan.groups().size(),
				consistency(plan, settings, profile.dialect(), inTransaction), steps);
	}

	/**
	 * How a joined relation limited per parent reads its pages, for the description.
	 */
	private static String paging(PlannedLoad load, List<LoadStatement> statements) {
		if (!load.paged()) {
			return "";
		}
		boolean lateral = statements.stream()
			.filter((statement) -> statement.group == load.group)
			.anyMatch((statement) -> statement.joinsLateral(load));
		return lateral ? " through LEFT JOIN LATERAL (each parent's rows up to the limit)"
				: " through a ROW_NUMBER() derived table";
	}

	/**
	 * Names the joined relation that repeats rows a joined to-many is chained under, for
	 * the description: the statement then reads one row per row at the chain's end.
	 */
	private static String chained(PlannedLoad load) {
		if (!load.multipliesRows()) {
			return "";
		}
		for (PlannedLoad step = load.parent; step != null && step.joined()
				&& step.group == load.group; step = step.parent) {
			if (step.multipliesRows()) {
				return " (a chain under " + step.load.path() + ": one row per " + load.load.path() + " row)";
			}
		}
		return "";
	}

	private static void describe(PlannedLoad load, List<LoadStatement> statements, SqlRenderer renderer,
			Dialect dialect, LoadSettings settings, List<QueryPlan.RelationStep> steps) {
		LoadStrategy requested = load.requested();
		if (load.relation().loadsPerType()) {
			steps
				.add(new QueryPlan.RelationStep(load.load.path(), load.level, load.relation().kind().label(), requested,
						load.strategy, load.reason, "(one SELECT per type found: "
								+ String.join(", ", load.relation().morphTargets().keySet()) + ")",
						0, "keys of each type in their own statement, chunked like any batched load"));
			return;
		}
		if (load.joined()) {
			String into = (load.group.anchor == null) ? "the root statement"
					: "the statement of " + load.group.anchor.load.path();
			steps.add(new QueryPlan.RelationStep(load.load.path(), load.level, load.relation().kind().label(),
					requested, load.strategy, load.reason, "(joined into " + into + ")", 0,
					"joined into " + into + chained(load) + paging(load, statements)));
		}
		else {
			LoadStatement statement = statements.stream()
				.filter((s) -> s.group.anchor == load)
				.findFirst()
				.orElseThrow();
			steps.add(batchedStep(load, statement, renderer, dialect, settings));
		}
		for (PlannedLoad child : load.children) {
			describe(child, statements, renderer, dialect, settings, steps);
		}
	}

	/**
	 * The step of a batched relation: the SQL for one parent key and how keys are sent
	 * (one statement per parent, or chunks of one array, JSON text or IN list).
	 */
	private static QueryPlan.RelationStep batchedStep(PlannedLoad load, LoadStatement statement, SqlRenderer renderer,
			Dialect dialect, LoadSettings settings) {
		ModelProperty matched = LoadStatement.matchedProperty(load.relation());
		RenderedSql sql;
		String chunking;
		if (statement.perParent(load)) {
			sql = renderer.render(statement.perParentSelect(new Bind(null, matched.columnType())));
			chunking = "one statement per parent key, the same SQL for each; per-parent limit in the statement "
					+ "(each parent's rows up to the limit)";
		}
		else {
			KeyListForm form = dialect.keyListForm(matched.columnType());
			sql = renderer.render(statement
				.batchedSelect((form != KeyListForm.IN_LIST) ? List.of() : Arrays.asList((Object) null), form));
			chunking = chunking(load, statement, form, sql, dialect, settings);
		}
		return new QueryPlan.RelationStep(load.load.path(), load.level, load.relation().kind().label(),
				load.requested(), load.strategy, load.reason, sql.sql(), sql.binds().size(), chunking);
	}

	private static String chunking(PlannedLoad load, LoadStatement statement, KeyListForm form, RenderedSql sql,
			Dialect dialect, LoadSettings settings) {
		int maxKeys = (form != KeyListForm.IN_LIST) ? dialect.maxKeysPerListParameter()
				: Math.min(settings.maxBatchKeys(), dialect.maxBindParameters() - (sql.binds().size() - 1));
		boolean lateral = statement.lateral(load, form == KeyListForm.ARRAY);
		String chunking = switch (form) {
			case ARRAY -> "parent keys as one array parameter (" + (lateral ? "unnest(?)" : "= ANY(?)") + "), at most "
					+ maxKeys + " per statement";
			case JSON_TABLE ->
				"parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most " + maxKeys + " per statement";
			case IN_LIST -> "parent keys in an IN list padded to 1, 2, 4, ... 1024 or a multiple of 1024, at most "
					+ maxKeys + " per statement";
		};
		if (!load.paged()) {
			return chunking;
		}
		return chunking + (lateral ? "; per-parent limit through LATERAL (each parent's rows up to the limit)"
				: statement.keyBound(load, form)
						? "; per-parent limit through key bounds (each parent's last key on the page, then its rows "
								+ "from there)"
						: "; per-parent limit through a ROW_NUMBER() derived table");
	}

	private static String consistency(LoadPlan plan, LoadSettings settings, Dialect dialect, boolean inTransaction) {
		if (settings.consistency() == LoadConsistency.NONE) {
			return "none: each statement sees the database as it is when it runs";
		}
		if (plan.groups().size() < 2) {
			return "snapshot: one statement, no transaction needed";
		}
		if (inTransaction) {
			return "snapshot: inside the caller's transaction, whose isolation applies";
		}
		return "snapshot: the statements run in one read-only " + dialect.snapshotIsolationLevel().sql()
				+ " transaction";
	}

}
