package dev.relata.orm.internal.sql;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.IdentifierCase;

/**
 * Renders statements of the syntax tree to SQL text and binds for one dialect. Schema
 * names are folded with the {@link IdentifierCase} and quoted by the dialect; table
 * aliases chosen by the ORM ({@code t0}) are rendered unquoted; values only ever become
 * {@code ?} binds. Output is deterministic; this class keeps the identifiers it quoted
 * (at most 10,000) and is thread-safe.
 */
public final class SqlRenderer {

	private static final int MAX_QUOTED = 10_000;

	private final Dialect dialect;

	private final IdentifierCase identifierCase;

	/**
	 * The identifiers folded and quoted so far: every statement names the same tables and
	 * columns again.
	 */
	private final Map<String, String> quoted = new ConcurrentHashMap<>();

	/**
	 * Creates a renderer.
	 * @param dialect the dialect to render for
	 * @param identifierCase how the database stores identifiers, usually from its
	 * metadata
	 */
	public SqlRenderer(Dialect dialect, IdentifierCase identifierCase) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.identifierCase = Objects.requireNonNull(identifierCase, "identifierCase");
	}

	/**
	 * Creates a renderer that folds identifiers with the dialect's
	 * {@link Dialect#defaultIdentifierCase() default case}.
	 * @param dialect the dialect to render for
	 */
	public SqlRenderer(Dialect dialect) {
		this(dialect, dialect.defaultIdentifierCase());
	}

	/**
	 * The dialect this renderer renders for.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Renders a statement.
	 * @param statement the statement
	 * @return the SQL text and its binds in placeholder order
	 * @throws IllegalStateException if the statement uses a construct the dialect lacks,
	 * such as {@link EqualsAny} without array parameters
	 */
	public RenderedSql render(Statement statement) {
		SqlWriter writer = new SqlWriter(this.dialect, this::identifier);
		writer.statement(statement);
		return writer.result();
	}

	/**
	 * The number of identifiers kept quoted, for tests.
	 * @return how many names the renderer keeps
	 */
	int quotedCount() {
		return this.quoted.size();
	}

	/**
	 * Folds and quotes a schema name, as the renderer does for tables and columns.
	 * @param name the name as in the schema, such as {@code role_id}
	 * @return the quoted identifier, such as {@code "ROLE_ID"} on H2
	 */
	public String identifier(String name) {
		String quoted = this.quoted.get(name);
		if (quoted == null) {
			quoted = this.dialect.quoteIdentifier(this.identifierCase.fold(name));
			// names come from the schema, a bounded set; the bound guards the rest
			if (this.quoted.size() < MAX_QUOTED) {
				this.quoted.put(name, quoted);
			}
		}
		return quoted;
	}

}
