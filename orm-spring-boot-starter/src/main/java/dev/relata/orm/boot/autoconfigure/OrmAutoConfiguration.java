package dev.relata.orm.boot.autoconfigure;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmBuilder;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.observation.QueryObservationConvention;
import dev.relata.orm.observation.RelationLoadObservationConvention;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.NamingStrategy;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ValueConverter;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Auto-configuration of Relata: the {@link OrmSchema} built from the scanned models and
 * the {@link RelationDefinitions} beans, the {@link Orm} on the application's
 * {@link DataSource} and transaction manager, and one {@code OrmRepository<T>} bean per
 * model. Backs off when there is no single {@code DataSource} candidate; each bean backs
 * off when the application defines its own.
 */
@AutoConfiguration(
		after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class },
		afterName = { "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(OrmProperties.class)
@Import(OrmRepositoriesRegistrar.class)
public final class OrmAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean({ OrmSchema.class, Orm.class })
	OrmSchema ormSchema(OrmModels models, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ValueConverter<?, ?>> converters, ObjectProvider<NamingStrategy> namingStrategy,
			ObjectProvider<OrmSchemaBuilderCustomizer> customizers) {
		Map<String, RelationDefinitions<?>> relations = RelationDefinitionBeans.of(beanFactory);
		List<String> relationBeans = List.copyOf(relations.keySet());
		if (models.types().isEmpty()) {
			throw new NoModelsFoundException(models, relationBeans);
		}
		OrmSchema.Builder builder = OrmSchema.builder().models(models.types()).relations(relations.values());
		converters.orderedStream().forEach(builder::converters);
		namingStrategy.ifAvailable(builder::namingStrategy);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		try {
			return builder.build();
		}
		catch (OrmSchemaException ex) {
			throw new SchemaBuildException(ex, models, relationBeans);
		}
	}

	@Bean
	@ConditionalOnMissingBean
	Orm orm(DataSource dataSource, OrmSchema schema, OrmProperties properties,
			ObjectProvider<PlatformTransactionManager> transactionManager,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<QueryObservationConvention> queryConvention,
			ObjectProvider<RelationLoadObservationConvention> relationLoadConvention,
			ObjectProvider<StatementListener> statementListeners, ObjectProvider<OrmBuilderCustomizer> customizers) {
		OrmBuilder builder = Orm.builder(dataSource, schema).settings((settings) -> {
			OrmProperties.Load load = properties.getLoad();
			settings.defaultStrategy(load.getDefaultStrategy())
				.joinMaxParents(load.getJoinMaxParents())
				.manyToManyJoinMaxParents(load.getManyToManyJoinMaxParents())
				.maxBatchKeys(load.getMaxBatchKeys())
				.consistency(load.getConsistency())
				.lazyRepeatWarningThreshold(properties.getLazy().getRepeatWarningThreshold())
				.statementTimeout(properties.getStatementTimeout());
		});
		PlatformTransactionManager transactions = OrmTransactionManagers.select(transactionManager, dataSource);
		if (transactions != null) {
			builder.transactionManager(transactions);
		}
		observationRegistry.ifUnique(builder::observationRegistry);
		queryConvention.ifUnique(builder::queryObservationConvention);
		relationLoadConvention.ifUnique(builder::relationLoadObservationConvention);
		statementListeners.orderedStream().forEach(builder::statementListener);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

}
