package dev.relata.orm.boot.actuate;

import java.util.List;
import java.util.function.Supplier;

import dev.relata.orm.Orm;
import dev.relata.orm.boot.verify.RelationVerification;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.OrmSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code orm} actuator endpoint: Relata's schema (models, columns, keys, relations
 * with their keys and foreign-key actions), a Mermaid ER diagram of it, the relation
 * verifier's findings, and how often each relation was loaded each way since startup. Two
 * parts are also served as text: {@code /actuator/orm/er-diagram} (Mermaid, ready to
 * paste) and {@code /actuator/orm/foreign-keys} (the foreign-key DDL for the database).
 */
@Endpoint(id = "orm")
public class OrmEndpoint {

	/**
	 * The selector of the Mermaid ER diagram.
	 */
	public static final String ER_DIAGRAM = "er-diagram";

	/**
	 * The selector of the foreign-key DDL.
	 */
	public static final String FOREIGN_KEYS = "foreign-keys";

	private final Orm orm;

	private final RelationLoadStatistics statistics;

	private final Supplier<@Nullable RelationVerification> verification;

	/**
	 * Creates the endpoint.
	 * @param orm the application's {@code Orm}
	 * @param statistics the relation load counts
	 * @param verification the startup verification, or {@code null} when there is none
	 */
	public OrmEndpoint(Orm orm, RelationLoadStatistics statistics,
			Supplier<@Nullable RelationVerification> verification) {
		this.orm = orm;
		this.statistics = statistics;
		this.verification = verification;
	}

	/**
	 * Describes Relata in this application.
	 * @return the description
	 */
	@ReadOperation
	public OrmDescriptor orm() {
		OrmSchema schema = this.orm.schema();
		return new OrmDescriptor(SchemaDescriptor.of(schema).models(), MermaidErDiagram.of(schema),
				VerificationDescriptor.of(this.verification.get()), this.statistics.counts());
	}

	/**
	 * Returns a part of the description as text.
	 * @param part {@value #ER_DIAGRAM} or {@value #FOREIGN_KEYS}
	 * @return the text, or {@code null} (404) for another part
	 */
	@ReadOperation(produces = "text/plain")
	public @Nullable String part(@Selector String part) {
		if (ER_DIAGRAM.equals(part)) {
			return MermaidErDiagram.of(this.orm.schema());
		}
		if (FOREIGN_KEYS.equals(part)) {
			List<String> statements = OrmDdl.render(OrmDdl.foreignKeys(this.orm.schema()), this.orm.dialect());
			return statements.isEmpty() ? "" : String.join(";\n", statements) + ";\n";
		}
		return null;
	}

	/**
	 * What the endpoint returns.
	 *
	 * @param models the models with their columns and relations
	 * @param erDiagram the Mermaid {@code erDiagram} of the schema
	 * @param verification what the relation verifier found at startup
	 * @param loads relation loads since startup, by strategy and reason
	 */
	public record OrmDescriptor(List<SchemaDescriptor.ModelDescriptor> models, String erDiagram,
			VerificationDescriptor verification,
			List<RelationLoadStatistics.LoadCount> loads) implements OperationResponseBody {
	}

}
