package dev.relata.orm.internal.observation;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.observation.DefaultQueryObservationConvention;
import dev.relata.orm.observation.DefaultRelationLoadObservationConvention;
import dev.relata.orm.observation.OrmObservationDocumentation;
import dev.relata.orm.observation.QueryObservationContext;
import dev.relata.orm.observation.QueryObservationConvention;
import dev.relata.orm.observation.RelationLoad;
import dev.relata.orm.observation.RelationLoadObservationContext;
import dev.relata.orm.observation.RelationLoadObservationConvention;

/**
 * The observation point of Relata: every statement passes through {@link #statement}.
 * Holds the {@link ObservationRegistry} (no-op by default) and the conventions, so the
 * rest of Relata needs no Micrometer type.
 */
public final class OrmObservations {

	private static final QueryObservationConvention DEFAULT_QUERY_CONVENTION = new DefaultQueryObservationConvention();

	private static final RelationLoadObservationConvention DEFAULT_LOAD_CONVENTION = new DefaultRelationLoadObservationConvention();

	/**
	 * The name of the observation (and counted timer) of repeated lazy reads.
	 */
	public static final String LAZY_REPEATED = "orm.relation.lazy.repeated";

	private final ObservationRegistry registry;

	private final @Nullable QueryObservationConvention queryConvention;

	private final @Nullable RelationLoadObservationConvention loadConvention;

	private OrmObservations(ObservationRegistry registry, @Nullable QueryObservationConvention queryConvention,
			@Nullable RelationLoadObservationConvention loadConvention) {
		this.registry = registry;
		this.queryConvention = queryConvention;
		this.loadConvention = loadConvention;
	}

	/**
	 * Returns observations recorded in the given registry with the default conventions.
	 * @param registry where observations go
	 * @return the observations
	 */
	public static OrmObservations of(ObservationRegistry registry) {
		return new OrmObservations(registry, null, null);
	}

	/**
	 * Returns observations recorded in the given registry, with custom conventions where
	 * given. A {@code GlobalObservationConvention} registered on the registry still wins
	 * over the defaults when no custom convention is given.
	 * @param registry where observations go
	 * @param queryConvention the {@code orm.query} convention, or {@code null} for the
	 * default
	 * @param loadConvention the {@code orm.relation.load} convention, or {@code null} for
	 * the default
	 * @return the observations
	 */
	public static OrmObservations of(ObservationRegistry registry, @Nullable QueryObservationConvention queryConvention,
			@Nullable RelationLoadObservationConvention loadConvention) {
		return new OrmObservations(registry, queryConvention, loadConvention);
	}

	/**
	 * Runs one statement inside an {@code orm.query} observation.
	 * @param <R> the statement's result type
	 * @param model the simple name of the model
	 * @param operation the kind of statement
	 * @param sql the SQL text with placeholders
	 * @param statement runs the statement
	 * @return what the statement returned
	 */
	public <R> R statement(String model, String operation, String sql, Supplier<R> statement) {
		if (this.registry.isNoop()) {
			return statement.get();
		}
		QueryObservationContext context = new QueryObservationContext(model, operation, sql);
		return OrmObservationDocumentation.QUERY
			.observation(this.queryConvention, DEFAULT_QUERY_CONVENTION, () -> context, this.registry)
			.observe(statement);
	}

	/**
	 * Starts an {@code orm.query} observation that the caller stops, for statements whose
	 * results are consumed later (streams).
	 * @param model the simple name of the model
	 * @param operation the kind of statement
	 * @param sql the SQL text with placeholders
	 * @return a handle to stop the observation, with the error if there was one
	 */
	public StatementObservation start(String model, String operation, String sql) {
		if (this.registry.isNoop()) {
			return StatementObservation.NOOP;
		}
		QueryObservationContext context = new QueryObservationContext(model, operation, sql);
		return new Started(OrmObservationDocumentation.QUERY
			.observation(this.queryConvention, DEFAULT_QUERY_CONVENTION, () -> context, this.registry)
			.start());
	}

	/**
	 * Starts an {@code orm.relation.load} observation for one relation at one level.
	 * @param load what is loaded and how
	 * @return the started observation; stop it when the relation's rows are read
	 */
	public RelationLoadObservation relationLoad(RelationLoad load) {
		if (this.registry.isNoop()) {
			return RelationLoadObservation.NOOP;
		}
		RelationLoadObservationContext context = new RelationLoadObservationContext(load);
		Observation observation = OrmObservationDocumentation.RELATION_LOAD
			.observation(this.loadConvention, DEFAULT_LOAD_CONVENTION, () -> context, this.registry)
			.start();
		return new StartedRelationLoad(observation, context);
	}

	/**
	 * A started Micrometer observation behind a handle.
	 */
	private static class Started implements StatementObservation {

		private final Observation observation;

		Started(Observation observation) {
			this.observation = observation;
		}

		@Override
		public void error(Throwable failure) {
			this.observation.error(failure);
		}

		@Override
		public void stop() {
			this.observation.stop();
		}

	}

	/**
	 * A started relation load, which also records its batches.
	 */
	private static final class StartedRelationLoad extends Started implements RelationLoadObservation {

		private final RelationLoadObservationContext context;

		StartedRelationLoad(Observation observation, RelationLoadObservationContext context) {
			super(observation);
			this.context = context;
		}

		@Override
		public void batch(int keys) {
			this.context.addBatchSize(keys);
		}

	}

	/**
	 * Records that a relation was read lazily as often as the repeated-lazy-load
	 * threshold in one scope: an {@code orm.relation.lazy.repeated} observation tagged
	 * with the model and relation.
	 * @param model the simple name of the model the relation is defined on
	 * @param relation the relation's name
	 */
	public void lazyLoadRepeated(String model, String relation) {
		if (this.registry.isNoop()) {
			return;
		}
		Observation.createNotStarted(LAZY_REPEATED, this.registry)
			.lowCardinalityKeyValue(OrmObservationDocumentation.RelationLoadKeys.MODEL.asString(), model)
			.lowCardinalityKeyValue(OrmObservationDocumentation.RelationLoadKeys.RELATION.asString(), relation)
			.start()
			.stop();
	}

	/**
	 * A started statement observation.
	 */
	public interface StatementObservation {

		/**
		 * An observation that records nothing.
		 */
		StatementObservation NOOP = new StatementObservation() {
			@Override
			public void error(Throwable failure) {
			}

			@Override
			public void stop() {
			}
		};

		/**
		 * Records that the statement failed.
		 * @param failure the failure
		 */
		void error(Throwable failure);

		/**
		 * Stops the observation.
		 */
		void stop();

	}

}
