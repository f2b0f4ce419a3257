package dev.relata.sample;

import org.springframework.boot.SpringApplication;

/**
 * Starts the sample application on PostgreSQL in a container
 * ({@link DevelopmentContainers}) instead of the embedded H2: the development setup for
 * Docker users, run from the IDE or with
 * {@code ./mvnw -pl orm-sample-app -am spring-boot:test-run}.
 */
public final class TestRelataSampleApplication {

	private TestRelataSampleApplication() {
	}

	/**
	 * Starts the application with the containers.
	 * @param args the command-line arguments, passed on to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.from(RelataSampleApplication::main).with(DevelopmentContainers.class).run(args);
	}

}
