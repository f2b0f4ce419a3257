package com.example.blog;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @OrmTest} keeps a database that the test provides through a
 * {@code @DynamicPropertySource}, as it keeps a Testcontainers one, instead of replacing
 * it with an embedded database.
 */
@OrmTest
class OrmTestDatabaseSourceTests {

	private static final String URL = "jdbc:h2:mem:dynamic-source;DB_CLOSE_DELAY=-1";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
	}

	@Autowired
	private DataSource dataSource;

	@Test
	void aDatabaseFromADynamicPropertySourceIsKept() throws SQLException {
		assertThat(this.dataSource).isNotInstanceOf(EmbeddedDatabase.class);
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:dynamic-source");
		}
	}

}
