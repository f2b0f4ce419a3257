package dev.relata.orm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.observation.QueryObservationConvention;
import dev.relata.orm.observation.RelationLoadObservationConvention;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds an {@link Orm} with explicit choices; everything not set has a sensible default.
 */
public final class OrmBuilder {

	final DataSource dataSource;

	final OrmSchema schema;

	@Nullable Dialect dialect;

	OrmSettings settings = OrmSettings.defaults();

	ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	@Nullable QueryObservationConvention queryObservationConvention;

	@Nullable RelationLoadObservationConvention relationLoadObservationConvention;

	@Nullable PlatformTransactionManager transactionManager;

	Clock clock = Clock.systemUTC();

	final List<StatementListener> statementListeners = new ArrayList<>();

	OrmBuilder(DataSource dataSource, OrmSchema schema) {
		this.dataSource = dataSource;
		this.schema = schema;
	}

	/**
	 * Uses this dialect instead of detecting it from the database.
	 * @param dialect a dialect from {@code Dialects}
	 * @return this builder
	 */
	public OrmBuilder dialect(Dialect dialect) {
		this.dialect = dialect;
		return this;
	}

	/**
	 * Changes settings.
	 * @param customizer receives a builder initialised with the current settings
	 * @return this builder
	 */
	public OrmBuilder settings(Consumer<OrmSettings.Builder> customizer) {
		OrmSettings.Builder builder = this.settings.toBuilder();
		customizer.accept(builder);
		this.settings = builder.build();
		return this;
	}

	/**
	 * Records observations ({@code orm.query}) in this registry; the default records
	 * nothing.
	 * @param registry the registry
	 * @return this builder
	 */
	public OrmBuilder observationRegistry(ObservationRegistry registry) {
		this.observationRegistry = registry;
		return this;
	}

	/**
	 * Names and tags {@code orm.query} observations with this convention instead of
	 * {@link dev.relata.orm.observation.DefaultQueryObservationConvention}.
	 * @param convention the convention
	 * @return this builder
	 */
	public OrmBuilder queryObservationConvention(QueryObservationConvention convention) {
		this.queryObservationConvention = Objects.requireNonNull(convention, "convention");
		return this;
	}

	/**
	 * Names and tags {@code orm.relation.load} observations with this convention instead
	 * of {@link dev.relata.orm.observation.DefaultRelationLoadObservationConvention}.
	 * @param convention the convention
	 * @return this builder
	 */
	public OrmBuilder relationLoadObservationConvention(RelationLoadObservationConvention convention) {
		this.relationLoadObservationConvention = Objects.requireNonNull(convention, "convention");
		return this;
	}

	/**
	 * Runs writes in transactions of this manager; the default is a JDBC transaction
	 * manager on the data source. It must manage the same data source.
	 * @param transactionManager the transaction manager
	 * @return this builder
	 */
	public OrmBuilder transactionManager(PlatformTransactionManager transactionManager) {
		this.transactionManager = transactionManager;
		return this;
	}

	/**
	 * Uses this clock for the times Relata sets itself; the default is the UTC system
	 * clock.
	 * @param clock the clock
	 * @return this builder
	 */
	public OrmBuilder clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Adds a listener told about every statement.
	 * @param listener the listener
	 * @return this builder
	 */
	public OrmBuilder statementListener(StatementListener listener) {
		this.statementListeners.add(listener);
		return this;
	}

	/**
	 * Builds the {@link Orm}. No connection is opened.
	 * @return the ORM
	 */
	public Orm build() {
		return new DefaultOrm(this);
	}

}
