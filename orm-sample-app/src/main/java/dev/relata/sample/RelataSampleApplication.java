package dev.relata.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal Spring Boot application on an embedded, in-memory H2 database. It serves
 * {@code /actuator/health} on port 8080; Relata's models and repositories come with the
 * starter's auto-configuration.
 */
@SpringBootApplication
public class RelataSampleApplication {

	/**
	 * Starts the sample application.
	 * @param args the command-line arguments, passed on to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.run(RelataSampleApplication.class, args);
	}

}
