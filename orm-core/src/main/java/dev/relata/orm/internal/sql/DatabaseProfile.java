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
 */
public record DatabaseProfile(Dialect dialect, IdentifierCase identifierCase) {

	/**
	 * Returns a renderer that writes SQL for this database.
	 * @return a renderer for this dialect and identifier case
	 */
	public SqlRenderer renderer() {
		return new SqlRenderer(this.dialect, this.identifierCase);
	}

}
