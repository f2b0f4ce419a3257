package dev.relata.sample;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development configuration for Docker users: the application migrates and seeds a
 * PostgreSQL container. Skipped where no Docker engine runs (the database tests use local
 * servers there).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@Import(DevelopmentContainers.class)
class DevelopmentContainersTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theApplicationRunsOnPostgresqlInAContainer() {
		assertThat(this.jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class)).isEqualTo(200);
	}

}
