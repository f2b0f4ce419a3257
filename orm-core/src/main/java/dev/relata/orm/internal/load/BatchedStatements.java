package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.internal.compile.LoadStatement;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.observation.RelationLoadObservation;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.KeyListForm;
import org.jspecify.annotations.Nullable;

/**
 * Runs the statement of a batched relation over its parents' keys: converts them to the
 * matched column's type; runs one statement per parent where the relation is limited per
 * parent and the dialect prefers that; otherwise sends them as one array or one JSON text
 * where the dialect's key-list form says so, else splits them into chunks below
 * {@code maxBatchKeys} and the database's bind limit (padded, so few distinct statements
 * reach the database), and streams every row to a consumer.
 */
final class BatchedStatements {

	private final StatementExecutor executor;

	private final ValueConversions conversions;

	private final LoadSettings settings;

	private final BatchedSqlCache cache;

	BatchedStatements(StatementExecutor executor, ValueConversions conversions, LoadSettings settings,
			BatchedSqlCache cache) {
		this.executor = executor;
		this.conversions = conversions;
		this.settings = settings;
		this.cache = cache;
	}

	/**
	 * Runs a batched statement for the given parent keys.
	 * @param statement the statement of the batched group
	 * @param rowWidth how wide to read its rows
	 * @param parentKeys the parents' normalized keys, none repeated
	 * @param observation the anchor relation's observation, told each chunk's size
	 * @param rows takes every row read
	 */
	void run(LoadStatement statement, int rowWidth, Collection<Object> parentKeys, RelationLoadObservation observation,
			Consumer<Object[]> rows) {
		Relation relation = statement.group.anchor.relation();
		ModelProperty matched = LoadStatement.matchedProperty(relation);
		List<Object> keys = Keys.forColumn(parentKeys, matched, this.conversions);
		if (statement.perParent(statement.group.anchor)) {
			runPerParent(statement, rowWidth, keys, matched, observation, rows);
			return;
		}
		Dialect dialect = this.executor.profile().dialect();
		KeyListForm form = dialect.keyListForm(matched.columnType());
		boolean inList = form == KeyListForm.IN_LIST;
		// Usually every key fits one statement: render it once and keep it, rather than
		// render a probe statement to count the other binds first.
		RenderedSql single = inList ? singleStatement(statement, keys, matched, dialect) : null;
		int chunkSize = !inList ? dialect.maxKeysPerListParameter()
				: (single != null) ? keys.size() : chunkSize(statement, dialect);
		for (List<Object> chunk : KeyChunks.split(keys, chunkSize)) {
			RenderedSql sql = (single != null) ? single : this.cache.render(statement,
					inList ? KeyChunks.padded(chunk, chunkSize) : chunk, form, matched, renderer());
			observation.batch(chunk.size());
			this.executor.forEachRow(SqlStatement.of(sql, relation.target().name(), QueryReader.SELECT),
					statement.columnTypes, rowWidth, rows);
		}
	}

	/**
	 * Runs one statement per parent key: rendered once, prepared once on one connection,
	 * the key bind swapped for each parent.
	 */
	private void runPerParent(LoadStatement statement, int rowWidth, List<Object> keys, ModelProperty matched,
			RelationLoadObservation observation, Consumer<Object[]> rows) {
		Bind first = new Bind(keys.get(0), matched.columnType());
		RenderedSql sql = renderer().render(statement.perParentSelect(first));
		int keyPosition = positionOf(sql.binds(), first);
		String model = statement.group.anchor.relation().target().name();
		List<Expression> binds = new ArrayList<>(sql.binds());
		List<SqlStatement> statements = new ArrayList<>(keys.size());
		for (Object key : keys) {
			binds.set(keyPosition, new Bind(key, matched.columnType()));
			statements.add(new SqlStatement(sql.sql(), binds, model, QueryReader.SELECT));
			observation.batch(1);
		}
		this.executor.forEachRowOfEach(statements, statement.columnTypes, rowWidth, rows);
	}

	private static int positionOf(List<Expression> binds, Bind bind) {
		for (int i = 0; i < binds.size(); i++) {
			if (binds.get(i) == bind) {
				return i;
			}
		}
		throw new IllegalStateException("The parent key is not among the binds of the per-parent statement");
	}

	/**
	 * The IN-list statement for all keys at once, or {@code null} when they need more
	 * than one statement (more keys than {@code maxBatchKeys}, or more binds than the
	 * database takes).
	 */
	private @Nullable RenderedSql singleStatement(LoadStatement statement, List<Object> keys, ModelProperty matched,
			Dialect dialect) {
		if (keys.size() > this.settings.maxBatchKeys()) {
			return null;
		}
		RenderedSql sql = this.cache.render(statement, KeyChunks.padded(keys, this.settings.maxBatchKeys()),
				KeyListForm.IN_LIST, matched, renderer());
		return (sql.binds().size() <= dialect.maxBindParameters()) ? sql : null;
	}

	private int chunkSize(LoadStatement statement, Dialect dialect) {
		int otherBinds = renderer().render(statement.batchedSelect(List.of(0L), KeyListForm.IN_LIST)).binds().size()
				- 1;
		return Math.max(1, Math.min(this.settings.maxBatchKeys(), dialect.maxBindParameters() - otherBinds));
	}

	private SqlRenderer renderer() {
		return this.executor.profile().renderer();
	}

}
