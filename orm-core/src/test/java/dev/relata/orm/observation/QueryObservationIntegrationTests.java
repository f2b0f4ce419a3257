package dev.relata.orm.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.springframework.dao.DuplicateKeyException;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for the {@code orm.query} observation of every statement.
 */
class QueryObservationIntegrationTests {

	@Table("qo_city")
	record City(@Id Long id, String name) {
	}

	private static OrmSchema schema(TestDatabase db) {
		db.recreate("qo_city", "CREATE TABLE qo_city (id " + db.identity() + ", name VARCHAR(50) NOT NULL UNIQUE)");
		return OrmSchema.builder().models(City.class).build();
	}

	@DatabaseTest
	void observesEveryStatementWithModelAndOperation(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		List<String> operations = new CopyOnWriteArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<QueryObservationContext>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof QueryObservationContext;
			}

			@Override
			public void onStop(QueryObservationContext context) {
				operations.add(context.getOperation());
			}
		});
		OrmRepository<City> cities = Orm.builder(db.dataSource(), schema(db))
			.observationRegistry(registry)
			.build()
			.repository(City.class);
		City paris = cities.insert(new City(null, "Paris"));
		cities.insertAll(List.of(new City(null, "Rome"), new City(null, "Oslo")));
		cities.query().where("name", "Rome").many();
		cities.update(new City(paris.id(), "Lyon"));
		cities.deleteById(paris.id());
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 5)
			.forAllObservationsWithNameEqualTo("orm.query",
					(observation) -> observation.hasLowCardinalityKeyValue("orm.model", "City").doesNotHaveError())
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 5);
		for (String operation : List.of("insert", "select", "update", "delete")) {
			TestObservationRegistryAssert.assertThat(registry)
				.hasAnObservationWithAKeyValue("orm.operation", operation);
		}
		assertThat(operations).containsExactly("insert", "insert", "select", "update", "delete");
	}

	@DatabaseTest
	void recordsTheErrorOfAFailedStatement(TestDatabase db) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OrmRepository<City> cities = Orm.builder(db.dataSource(), schema(db))
			.observationRegistry(registry)
			.build()
			.repository(City.class);
		cities.insert(new City(null, "Paris"));
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> cities.insert(new City(null, "Paris")));
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("orm.query", 2)
			.hasAnObservation((observation) -> observation.hasNameEqualTo("orm.query")
				.hasLowCardinalityKeyValue("orm.model", "City")
				.hasLowCardinalityKeyValue("orm.operation", "insert")
				.assertThatError()
				.isInstanceOf(DuplicateKeyException.class));
	}

	@DatabaseTest
	void recordsNothingAndBreaksNothingWithoutARegistry(TestDatabase db) {
		OrmRepository<City> cities = Orm.create(db.dataSource(), schema(db)).repository(City.class);
		City paris = cities.insert(new City(null, "Paris"));
		assertThat(cities.query().where("name", "Paris").single()).isEqualTo(paris);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> cities.insert(new City(null, "Paris")));
		assertThat(cities.query().count()).isOne();
	}

}
