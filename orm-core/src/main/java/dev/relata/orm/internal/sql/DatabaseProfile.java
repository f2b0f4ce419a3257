package dev.relata.orm.internal.sql;

import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.IdentifierCase;

/**
 * What Relata knows about the database it talks to: its dialect and the letter case in
 * which it stores unquoted identifiers (H2 upper-cases them, PostgreSQL lower-cases
 * them).
 *
 * @param dialect the SQL dialect
 * @param identifierCase the case the database stores unquoted identifiers in
 * @param renderer the renderer that writes SQL for this database, one per profile
 */
public record DatabaseProfile(Dialect dialect, IdentifierCase identifierCase, SqlRenderer renderer) {

	/**
	 * Creates the profile of a database, with its renderer (which keeps the identifiers
	 * it quoted).
	 * @param dialect the SQL dialect
	 * @param identifierCase the case the database stores unquoted identifiers in
	 */
	public DatabaseProfile(Dialect dialect, IdentifierCase identifierCase) {
		this(dialect, identifierCase, new SqlRenderer(dialect, identifierCase));
	}

}
