package dev.relata.orm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.jdbc.JdbcTransactions;
import dev.relata.orm.jdbc.LazyDatabaseProfile;
import dev.relata.orm.jdbc.ModelRowMapper;
import dev.relata.orm.jdbc.StatementExecutor;
import dev.relata.orm.load.QueryReader;
import dev.relata.orm.observation.OrmObservations;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.write.EntityWriter;
import dev.relata.orm.write.SetBasedWriter;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Orm}: wires the executor, reader, writers and query engine once, and keeps
 * one repository per model.
 */
final class DefaultOrm implements Orm {

	private final OrmSchema schema;

	private final OrmSettings settings;

	private final StatementExecutor executor;

	private final QueryReader reader;

	private final OrmQueryEngine engine;

	private final TransactionTemplate transactions;

	private final Map<Class<?>, OrmRepository<?>> repositories = new ConcurrentHashMap<>();

	DefaultOrm(OrmBuilder builder) {
		this.schema = builder.schema;
		this.settings = builder.settings;
		this.executor = new StatementExecutor(builder.dataSource,
				new LazyDatabaseProfile(builder.dataSource, builder.dialect),
				OrmObservations.of(builder.observationRegistry), builder.statementListeners,
				builder.settings.statementTimeout().orElse(null));
		PlatformTransactionManager transactionManager = (builder.transactionManager != null)
				? builder.transactionManager : JdbcTransactions.transactionManager(builder.dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.reader = new QueryReader(this.executor);
		this.engine = new OrmQueryEngine(this.reader, new SetBasedWriter(this.executor, this.transactions));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> OrmRepository<T> repository(Class<T> modelType) {
		return (OrmRepository<T>) this.repositories.computeIfAbsent(modelType, this::createRepository);
	}

	private <T> OrmRepository<T> createRepository(Class<T> modelType) {
		EntityModel<T> model = this.schema.model(modelType);
		EntityWriter<T> writer = new EntityWriter<>(model, this.executor, this.schema.conversions(), this.transactions);
		return new DefaultOrmRepository<>(model, this.schema.conversions(), this.engine, this.reader, writer);
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
