package dev.relata.orm;

import java.time.Duration;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OrmSettings} and how {@link OrmBuilder} applies them, without a
 * database.
 */
class OrmSettingsTests {

	@Table("thing")
	record Thing(@Id Long id) {
	}

	private final OrmBuilder builder = Orm.builder(new DriverManagerDataSource("jdbc:h2:mem:never-opened"),
			OrmSchema.builder().models(Thing.class).build());

	@Test
	void defaultsHaveNoStatementTimeout() {
		assertThat(OrmSettings.defaults().statementTimeout()).isEmpty();
		assertThat(this.builder.build().settings()).isSameAs(OrmSettings.defaults());
	}

	@Test
	void refusesAZeroStatementTimeout() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> this.builder.settings((s) -> s.statementTimeout(Duration.ZERO)))
			.withMessageContaining("statementTimeout must be positive")
			.withMessageContaining("PT0S");
	}

	@Test
	void refusesANegativeStatementTimeout() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> this.builder.settings((s) -> s.statementTimeout(Duration.ofSeconds(-5))))
			.withMessageContaining("statementTimeout must be positive")
			.withMessageContaining("PT-5S");
	}

	@Test
	void keepsAPositiveStatementTimeoutAndLetsNullRemoveIt() {
		Orm orm = this.builder.settings((s) -> s.statementTimeout(Duration.ofSeconds(30))).build();
		assertThat(orm.settings().statementTimeout()).contains(Duration.ofSeconds(30));
		assertThat(orm.settings().toString()).endsWith("statementTimeout=PT30S]");
		assertThat(this.builder.settings((s) -> s.statementTimeout(null)).build().settings())
			.isSameAs(OrmSettings.defaults());
	}

	@Test
	void laterCustomizersStartFromEarlierSettings() {
		this.builder.settings((s) -> s.statementTimeout(Duration.ofSeconds(3)));
		this.builder.settings((s) -> {
		});
		assertThat(this.builder.build().settings().statementTimeout()).contains(Duration.ofSeconds(3));
	}

	@Test
	void refusedSettingsLeaveTheBuilderUnchanged() {
		this.builder.settings((s) -> s.statementTimeout(Duration.ofSeconds(3)));
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> this.builder.settings((s) -> s.statementTimeout(Duration.ofMillis(-1))));
		assertThat(this.builder.build().settings().statementTimeout()).contains(Duration.ofSeconds(3));
	}

}
