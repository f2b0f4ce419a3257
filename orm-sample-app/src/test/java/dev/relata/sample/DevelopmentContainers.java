package dev.relata.sample;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * A PostgreSQL container for development, for Docker users: Spring Boot starts it and
 * points the DataSource (and so Flyway and Relata) at it through its
 * {@link ServiceConnection}. Run {@link TestRelataSampleApplication} from the IDE, or
 * {@code ./mvnw -pl orm-sample-app -am spring-boot:test-run}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevelopmentContainers {

	/**
	 * The PostgreSQL image the container runs.
	 */
	static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17-alpine");

	/**
	 * The PostgreSQL container, started before the application and stopped after it.
	 * @return the container
	 */
	@Bean
	@ServiceConnection
	public PostgreSQLContainer postgres() {
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

}
