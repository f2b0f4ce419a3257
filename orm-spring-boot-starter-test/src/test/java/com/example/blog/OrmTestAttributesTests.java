package com.example.blog;

import dev.relata.orm.boot.test.autoconfigure.OrmTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attributes of {@code @OrmTest}: properties, include filters and excluded
 * auto-configurations.
 */
@OrmTest(properties = "relata.orm.lazy.repeat-warning-threshold=3",
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = UserService.class),
		excludeAutoConfiguration = JdbcClientAutoConfiguration.class)
class OrmTestAttributesTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void propertiesReachTheEnvironment() {
		assertThat(this.context.getEnvironment().getProperty("relata.orm.lazy.repeat-warning-threshold"))
			.isEqualTo("3");
	}

	@Test
	void includeFiltersAddComponentsTheSliceLeavesOut() {
		assertThat(this.context.getBeanNamesForType(UserService.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(UserController.class)).isEmpty();
	}

	@Test
	void excludedAutoConfigurationsAreLeftOut() {
		assertThat(this.context.getBeanNamesForType(JdbcClient.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(JdbcTemplate.class)).hasSize(1);
	}

}
