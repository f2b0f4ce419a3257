package dev.relata.sample;

import org.junit.jupiter.api.Test;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development configuration for Docker users, checked without Docker (none runs where
 * the tests run, and its image could not be pulled): the container is PostgreSQL on the
 * documented image and is a {@link ServiceConnection}, so Spring Boot points the
 * DataSource, Flyway and Relata at it. The application itself on PostgreSQL is proved by
 * the integration tests on a local server.
 */
class DevelopmentContainersTests {

	@Test
	void theContainerIsAPostgresqlServiceConnection() throws NoSuchMethodException {
		// made, not started: resolving or starting the image would need Docker
		assertThat(new DevelopmentContainers().postgres()).isInstanceOf(PostgreSQLContainer.class);
		assertThat(DevelopmentContainers.POSTGRES_IMAGE.asCanonicalNameString()).isEqualTo("postgres:17-alpine");
		assertThat(DevelopmentContainers.class.getMethod("postgres").getAnnotation(ServiceConnection.class))
			.isNotNull();
	}

}
