package dev.relata.orm.boot.actuate;

import java.sql.Connection;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.relata.orm.boot.verify.RelationVerification;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code orm} health contributor: UP with the number of models and relations while
 * the database answers, DOWN when it does not. The number of the relation verifier's
 * findings is a detail; findings never make the application DOWN.
 */
public class OrmHealthIndicator extends AbstractHealthIndicator {

	private static final int VALIDATION_TIMEOUT_SECONDS = 2;

	private final OrmSchema schema;

	private final DataSource dataSource;

	private final Supplier<@Nullable RelationVerification> verification;

	/**
	 * Creates the indicator.
	 * @param schema the schema
	 * @param dataSource the database Relata works on
	 * @param verification the startup verification, or {@code null} when there is none
	 */
	public OrmHealthIndicator(OrmSchema schema, DataSource dataSource,
			Supplier<@Nullable RelationVerification> verification) {
		super("Relata's database did not answer");
		this.schema = schema;
		this.dataSource = dataSource;
		this.verification = verification;
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
		RelationVerification verification = this.verification.get();
		if (verification != null) {
			verification.report()
				.ifPresent((report) -> builder.withDetail("verifierFindings", report.findings().size()));
		}
	}

	private int relations() {
		int relations = 0;
		for (EntityModel<?> model : this.schema.models()) {
			relations += this.schema.relations(model.type()).size();
		}
		return relations;
	}

}
