package dev.relata.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample blog: Relata's starter finds the models of {@code dev.relata.sample.blog}
 * below this class, collects the relation beans, and provides one
 * {@code OrmRepository<T>} bean per model. Runs on an embedded H2 database by default
 * ({@code application.properties}), on a local PostgreSQL with the {@code postgresql}
 * profile.
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
