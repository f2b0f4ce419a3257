package dev.relata.orm.verify;

import javax.sql.DataSource;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.OrmSchema;

import org.springframework.dao.DataAccessException;

/**
 * Checks a live database against a schema and reports every difference at once, each with
 * the DDL that fixes it on that database. Thread-safe; create it once per schema.
 *
 * <pre class="code">
 * RelationVerifier verifier = RelationVerifier.of(schema);
 * VerificationReport report = verifier.verify(dataSource);
 * if (!report.isClean()) {
 *     log.warn(report.describe());
 * }
 * </pre>
 */
public interface RelationVerifier {

	/**
	 * Returns a verifier of a schema.
	 * @param schema the schema
	 * @return the verifier
	 * @throws OrmSchemaException if the schema's foreign keys cannot be named (a given
	 * constraint name too long or given twice)
	 */
	static RelationVerifier of(OrmSchema schema) {
		return new DefaultRelationVerifier(schema);
	}

	/**
	 * Reads the schema's tables on one connection of the data source (the current
	 * transaction's, if any, else a new one released afterwards) through its
	 * {@code DatabaseMetaData}, detects the dialect from the product name, and checks
	 * them. Tables without a schema are looked up in the connection's current schema
	 * (PostgreSQL, H2) or database (MariaDB).
	 * @param dataSource the database
	 * @return the report, never {@code null}
	 * @throws DataAccessException if the metadata cannot be read
	 * @throws dev.relata.orm.exception.OrmUsageException if the database is not supported
	 */
	VerificationReport verify(DataSource dataSource);

}
