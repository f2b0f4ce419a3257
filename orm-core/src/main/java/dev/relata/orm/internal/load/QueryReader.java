package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.relata.orm.internal.compile.LoadStatement;
import dev.relata.orm.internal.plan.LoadPlan;
import dev.relata.orm.internal.jdbc.EntityRowFactory;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.compile.QueryCompiler;
import dev.relata.orm.internal.query.QueryModel;
import dev.relata.orm.internal.query.QueryReads;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.schema.ValueConversions;
import java.util.function.Supplier;
import dev.relata.orm.internal.compile.KeyLookupSql;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.internal.sql.DatabaseProfile;

/**
 * Runs read queries: selects, counts, existence checks, streams and key lookups. Rows are
 * read as column arrays and turned into instances by an {@link EntityRowFactory} made
 * once per model and column list. The SQL of a key lookup depends only on the schema and
 * is rendered once per model.
 */
public final class QueryReader implements QueryReads {

	static final String SELECT = "select";

	private static final int STREAM_CHUNK_SIZE = 500;

	private final StatementExecutor executor;

	private final Map<EntityModel<?>, EntityRowFactory<?>> fullRowFactories = new ConcurrentHashMap<>();

	private final Map<EntityModel<?>, String> keyLookups = new ConcurrentHashMap<>();

	private final ValueConversions conversions;

	private final LoadSettings settings;

	private final OrmObservations observations;

	private final JdbcTransactions transactions;

	/**
	 * The SQL of batched statements that bind only their keys, per shape.
	 */
	private final BatchedSqlCache batchedSql = new BatchedSqlCache();

	/**
	 * Creates a reader.
	 * @param executor runs the statements
	 * @param conversions converts key values between property types
	 * @param settings the relation loading settings
	 * @param observations where relation loads are observed
	 * @param transactions runs the read-only snapshot transaction of
	 * {@link LoadConsistency#SNAPSHOT} loads
	 */
	public QueryReader(StatementExecutor executor, ValueConversions conversions, LoadSettings settings,
			OrmObservations observations, JdbcTransactions transactions) {
		this.executor = executor;
		this.conversions = conversions;
		this.settings = settings;
		this.observations = observations;
		this.transactions = transactions;
	}

	/**
	 * Returns the plan of a query without running it.
	 * @param query the query
	 * @return the plan
	 */
	public QueryPlan explain(QueryModel<?> query) {
		LoadPlan plan = LoadPlanner.plan(query, this.settings, this.executor.profile().dialect(), false);
		return PlanDescriber.describe(plan, this.executor.profile(), this.settings, JdbcTransactions.active());
	}

	/**
	 * Returns the plan of a query without running it or touching the database, its SQL
	 * rendered for a dialect with identifiers in the dialect's default case.
	 * @param query the query
	 * @param dialect the dialect
	 * @return the plan
	 */
	public QueryPlan explain(QueryModel<?> query, Dialect dialect) {
		LoadPlan plan = LoadPlanner.plan(query, this.settings, dialect, false);
		return PlanDescriber.describe(plan, new DatabaseProfile(dialect, dialect.defaultIdentifierCase()),
				this.settings, JdbcTransactions.active());
	}

	/**
	 * Reads every row of a query.
	 * @param <T> the model type
	 * @param query the query
	 * @return the instances, an unmodifiable list
	 */
	public <T> List<T> list(QueryModel<T> query) {
		if (!query.loads().isEmpty() || !query.aggregates().isEmpty()) {
			LoadPlan plan = LoadPlanner.plan(query, this.settings, this.executor.profile().dialect(), false);
			return consistently(plan, () -> execution(plan).run());
		}
		EntityRowFactory<T> factory = rowFactory(query);
		RenderedSql sql = this.executor.profile().renderer().render(QueryCompiler.select(query));
		List<Object[]> rows = this.executor.queryRows(SqlStatement.of(sql, query.model().name(), SELECT),
				factory.columnTypes(), factory.width());
		return materialize(rows, factory);
	}

	/**
	 * Reads the rows of a query lazily, building instances a chunk at a time.
	 * @param <T> the model type
	 * @param query the query
	 * @return the instances; close the stream to release the connection
	 */
	public <T> Stream<T> stream(QueryModel<T> query) {
		boolean loads = !query.loads().isEmpty() || !query.aggregates().isEmpty();
		LoadPlan plan = loads ? LoadPlanner.plan(query, this.settings, this.executor.profile().dialect(), true) : null;
		EntityRowFactory<T> factory = rowFactory(query);
		List<Class<?>> columnTypes = (plan != null)
				? LoadStatement.root(plan, this.executor.profile().dialect()).columnTypes : factory.columnTypes();
		RenderedSql sql = this.executor.profile().renderer().render(QueryCompiler.select(query));
		Stream<Object[]> rows = this.executor.streamRows(SqlStatement.of(sql, query.model().name(), SELECT),
				columnTypes, STREAM_CHUNK_SIZE);
		Iterator<Object[]> iterator = rows.iterator();
		Iterator<List<T>> chunks = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return iterator.hasNext();
			}

			@Override
			public List<T> next() {
				List<Object[]> chunk = new ArrayList<>(STREAM_CHUNK_SIZE);
				while (chunk.size() < STREAM_CHUNK_SIZE && iterator.hasNext()) {
					chunk.add(iterator.next());
				}
				return (plan != null) ? execution(plan).<T>runFor(chunk) : materialize(chunk, factory);
			}
		};
		Spliterator<List<T>> spliterator = Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED);
		return StreamSupport.stream(spliterator, false).flatMap(List::stream).onClose(rows::close);
	}

	/**
	 * Counts the rows of a query.
	 * @param query the query
	 * @return the count
	 */
	public long count(QueryModel<?> query) {
		RenderedSql sql = this.executor.profile().renderer().render(QueryCompiler.count(query));
		Object count = this.executor.queryValue(SqlStatement.of(sql, query.model().name(), SELECT), Long.class);
		return (count != null) ? ((Number) count).longValue() : 0L;
	}

	/**
	 * Tells whether a query matches a row.
	 * @param query the query
	 * @return whether a row matches
	 */
	public boolean exists(QueryModel<?> query) {
		RenderedSql sql = this.executor.profile().renderer().render(QueryCompiler.exists(query));
		return !this.executor.queryRows(SqlStatement.of(sql, query.model().name(), SELECT), List.of(Integer.class))
			.isEmpty();
	}

	/**
	 * Reads the row with a key, with a statement rendered once per model.
	 * @param <T> the model type
	 * @param model the model
	 * @param keyBinds the key values as binds, in key-property order
	 * @return the instance, or empty
	 */
	public <T> Optional<T> findByKey(EntityModel<T> model, List<Bind> keyBinds) {
		EntityRowFactory<T> factory = fullRowFactory(model);
		String sql = this.keyLookups.computeIfAbsent(model, (m) -> KeyLookupSql.render(m, this.executor.profile()));
		List<Object[]> rows = this.executor.queryRows(
				new SqlStatement(sql, List.<Expression>copyOf(keyBinds), model.name(), SELECT), factory.columnTypes());
		return rows.isEmpty() ? Optional.empty() : Optional.of(factory.create(rows.get(0)));
	}

	private LoadExecution execution(LoadPlan plan) {
		return new LoadExecution(plan, this.executor, this.conversions, this.settings, this.observations,
				this.batchedSql);
	}

	/**
	 * Runs a load of two or more statements in one read-only transaction at the dialect's
	 * snapshot isolation level (REPEATABLE READ, SERIALIZABLE on H2) when SNAPSHOT
	 * consistency is asked for and no transaction is active.
	 */
	private <T> List<T> consistently(LoadPlan plan, Supplier<List<T>> load) {
		if (this.settings.consistency() == LoadConsistency.SNAPSHOT && plan.groups().size() >= 2
				&& !JdbcTransactions.active()) {
			return this.transactions.readOnly(this.executor.profile().dialect().snapshotIsolationLevel(), load);
		}
		return load.get();
	}

	private static <T> List<T> materialize(List<Object[]> rows, EntityRowFactory<T> factory) {
		List<T> result = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			result.add(factory.create(row));
		}
		return Collections.unmodifiableList(result);
	}

	private <T> EntityRowFactory<T> rowFactory(QueryModel<T> query) {
		if (!query.explicitSelection()) {
			return fullRowFactory(query.model());
		}
		return EntityRowFactory.of(query.model(), query.selection());
	}

	@SuppressWarnings("unchecked")
	private <T> EntityRowFactory<T> fullRowFactory(EntityModel<T> model) {
		return (EntityRowFactory<T>) this.fullRowFactories.computeIfAbsent(model,
				(m) -> EntityRowFactory.of(model, model.columns()));
	}

}
