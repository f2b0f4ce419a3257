package dev.relata.orm.boot.actuate;

import java.sql.Connection;

import javax.sql.DataSource;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code orm} health contributor: UP with the number of models and relations while
 * the database answers, DOWN when it does not. Findings of the relation verifier are
 * reported as a detail; they never make the application DOWN.
 */
public class OrmHealthIndicator extends AbstractHealthIndicator {

	private static final int VALIDATION_TIMEOUT_SECONDS = 2;

	private final OrmSchema schema;

	private final DataSource dataSource;

	/**
	 * Creates the indicator.
	 * @param schema the schema
	 * @param dataSource the database Relata works on
	 */
	public OrmHealthIndicator(OrmSchema schema, DataSource dataSource) {
		super("Relata's database did not answer");
		this.schema = schema;
		this.dataSource = dataSource;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
				builder.down().withDetail("error", "the database connection is not valid");
				return;
			}
		}
		builder.up().withDetail("models", this.schema.models().size()).withDetail("relations", relations());
	}

	private int relations() {
		int relations = 0;
		for (EntityModel<?> model : this.schema.models()) {
			relations += this.schema.relations(model.type()).size();
		}
		return relations;
	}

}
