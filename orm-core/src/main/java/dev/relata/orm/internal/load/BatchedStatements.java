package dev.relata.orm.internal.load;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.observation.RelationLoadObservation;
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
 * matched column's type, sends them as one array or one JSON text where the dialect's
 * key-list form says so, else splits them into chunks below {@code maxBatchKeys} and the
 * database's bind limit (padded, so few distinct statements reach the database), and
 * streams every row to a consumer.
 */
final class BatchedStatements {

	private final StatementExecutor executor;

	private final ValueConversions conversions;

	private final LoadSettings settings;

	BatchedStatements(StatementExecutor executor, ValueConversions conversions, LoadSettings settings) {
		this.executor = executor;
		this.conversions = conversions;
		this.settings = settings;
	}

	/**
	 * Runs a batched statement for the given parent keys.
	 * @param statement the statement of the batched group
	 * @param parentKeys the parents' normalized keys, none repeated
	 * @param observation the anchor relation's observation, told each chunk's size
	 * @param rows takes every row read
	 */
	void run(LoadStatement statement, Collection<Object> parentKeys, RelationLoadObservation observation,
			Consumer<Object[]> rows) {
		Relation relation = statement.group.anchor.relation();
		ModelProperty matched = LoadStatement.matchedProperty(relation);
		List<Object> keys = Keys.forColumn(parentKeys, matched, this.conversions);
		Dialect dialect = this.executor.profile().dialect();
		KeyListForm form = dialect.keyListForm(matched.columnType());
		boolean inList = form == KeyListForm.IN_LIST;
		// Usually every key fits one statement: render it once and keep it, rather than
		// render a probe statement to count the other binds first.
		RenderedSql single = inList ? singleStatement(statement, keys, dialect) : null;
		int chunkSize = !inList ? KeyChunks.ARRAY_CHUNK
				: (single != null) ? keys.size() : chunkSize(statement, dialect);
		for (List<Object> chunk : KeyChunks.split(keys, chunkSize)) {
			RenderedSql sql = (single != null) ? single : renderer()
				.render(statement.batchedSelect(inList ? KeyChunks.padded(chunk, chunkSize) : chunk, form));
			observation.batch(chunk.size());
			this.executor.forEachRow(SqlStatement.of(sql, relation.target().name(), QueryReader.SELECT),
					statement.columnTypes, statement.rowWidth(), rows);
		}
	}

	/**
	 * The IN-list statement for all keys at once, or {@code null} when they need more
	 * than one statement (more keys than {@code maxBatchKeys}, or more binds than the
	 * database takes).
	 */
	private @Nullable RenderedSql singleStatement(LoadStatement statement, List<Object> keys, Dialect dialect) {
		if (keys.size() > this.settings.maxBatchKeys()) {
			return null;
		}
		RenderedSql sql = renderer()
			.render(statement.batchedSelect(KeyChunks.padded(keys, this.settings.maxBatchKeys()), KeyListForm.IN_LIST));
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
