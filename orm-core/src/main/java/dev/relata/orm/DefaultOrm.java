package dev.relata.orm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.jdbc.LazyDatabaseProfile;
import dev.relata.orm.internal.jdbc.ModelRowMapper;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.load.QueryReader;
import dev.relata.orm.internal.query.QueryEngine;
import dev.relata.orm.internal.load.RepeatedLazyLoadDetector;
import dev.relata.orm.internal.observation.OrmObservations;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ForeignKey;
import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.internal.write.EntityWriter;
import dev.relata.orm.internal.write.NestedWriter;
import dev.relata.orm.internal.write.PivotOperations;
import dev.relata.orm.internal.write.SetBasedWriter;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import java.time.Clock;

/**
 * The {@link Orm}: wires the executor, reader, writers and query engine once, and keeps
 * one repository per model.
 */
final class DefaultOrm implements Orm {

	private final OrmSchema schema;

	private final OrmSettings settings;

	private final StatementExecutor executor;

	private final QueryReader reader;

	private final QueryEngine engine;

	private final JdbcTransactions transactions;

	private final Clock clock;

	private final Map<Class<?>, OrmRepository<?>> repositories = new ConcurrentHashMap<>();

	private final Map<EntityModel<?>, EntityWriter<?>> writers = new ConcurrentHashMap<>();

	private final PivotOperations pivots;

	private final NestedWriter nestedWriter;

	private final RepeatedLazyLoadDetector lazyLoads;

	DefaultOrm(OrmBuilder builder) {
		this.schema = builder.schema;
		this.settings = builder.settings;
		this.clock = builder.clock;
		if (builder.dialect != null) {
			checkForeignKeys(builder.dialect);
		}
		OrmObservations observations = OrmObservations.of(builder.observationRegistry,
				builder.queryObservationConvention, builder.relationLoadObservationConvention);
		this.executor = new StatementExecutor(builder.dataSource,
				new LazyDatabaseProfile(builder.dataSource, builder.dialect, this::checkForeignKeys), observations,
				builder.statementListeners, builder.settings.statementTimeout().orElse(null));
		PlatformTransactionManager transactionManager = (builder.transactionManager != null)
				? builder.transactionManager : JdbcTransactions.transactionManager(builder.dataSource);
		this.transactions = new JdbcTransactions(transactionManager);
		this.reader = new QueryReader(this.executor, this.schema.conversions(), this.settings.loadSettings(),
				observations, this.transactions);
		this.engine = QueryEngine.of(this.reader, new SetBasedWriter(this.executor, this.transactions, builder.clock));
		this.pivots = new PivotOperations(this.executor, this.schema.conversions(), this.transactions);
		this.lazyLoads = new RepeatedLazyLoadDetector(this.settings.lazyRepeatWarningThreshold(), observations);
		this.nestedWriter = new NestedWriter(this.schema, this.executor, this.transactions, this::writer, this.pivots);
	}

	private EntityWriter<?> writer(EntityModel<?> model) {
		return this.writers.computeIfAbsent(model,
				(m) -> new EntityWriter<>(m, this.executor, this.schema.conversions(), this.transactions, this.clock));
	}

	/**
	 * Refuses referential actions the database would accept but not enforce (MariaDB
	 * ignores {@code SET DEFAULT}), so a schema never promises what the database does not
	 * do.
	 */
	private void checkForeignKeys(Dialect dialect) {
		if (dialect.enforcesSetDefault()) {
			return;
		}
		for (ForeignKey foreignKey : this.schema.foreignKeys()) {
			ForeignKeyOptions options = foreignKey.options();
			if (options.onDelete() == ReferentialAction.SET_DEFAULT
					|| options.onUpdate() == ReferentialAction.SET_DEFAULT) {
				throw new OrmSchemaException("The foreign key " + foreignKey.describe() + " (defined by "
						+ String.join(", ", foreignKey.definedBy()) + ") uses SET DEFAULT, which " + dialect.name()
						+ " accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
			}
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> OrmRepository<T> repository(Class<T> modelType) {
		return (OrmRepository<T>) this.repositories.computeIfAbsent(modelType, this::createRepository);
	}

	@SuppressWarnings("unchecked")
	private <T> OrmRepository<T> createRepository(Class<T> modelType) {
		EntityModel<T> model = this.schema.model(modelType);
		EntityWriter<T> writer = (EntityWriter<T>) writer(model);
		return new DefaultOrmRepository<>(model, this.schema, this.engine, this.reader, writer, this.nestedWriter,
				this.pivots, this.lazyLoads);
	}

	@Override
	public <T> RowMapper<T> rowMapper(Class<T> modelType) {
		return new ModelRowMapper<>(this.schema.model(modelType), this.executor);
	}

	@Override
	public OrmSchema schema() {
		return this.schema;
	}

	@Override
	public Dialect dialect() {
		return this.executor.profile().dialect();
	}

	@Override
	public OrmSettings settings() {
		return this.settings;
	}

}
