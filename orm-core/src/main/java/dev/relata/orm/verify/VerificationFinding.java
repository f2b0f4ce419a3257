package dev.relata.orm.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One way the database differs from what the schema needs.
 *
 * @param kind what the finding is about
 * @param model the model whose relation the finding concerns (the relation's source),
 * else the model of the table
 * @param relation the relation's name, or {@code null} when the finding concerns a table
 * or column only
 * @param table the table, as the schema names it ({@code blog.posts} with a schema)
 * @param column the column, as the schema names it, or {@code null} for a whole table or
 * a pair of columns
 * @param problem what is wrong and why it matters, in one sentence
 * @param fix the DDL that fixes it on the verified database (folded and quoted as
 * {@code OrmDdl} writes it), one statement per line, each ending with {@code ;}; or
 * {@code null} when no DDL can fix it
 */
public record VerificationFinding(FindingKind kind, String model, @Nullable String relation, String table,
		@Nullable String column, String problem, @Nullable String fix) {

	/**
	 * Checks the components.
	 */
	public VerificationFinding {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(problem, "problem");
	}

	/**
	 * Returns the fix as statements, to run one by one.
	 * @return the statements of {@link #fix()} without their semicolons, empty when there
	 * is no fix
	 */
	public List<String> fixStatements() {
		if (this.fix == null) {
			return List.of();
		}
		return Arrays.stream(this.fix.split(";\n"))
			.map((sql) -> sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)
			.toList();
	}

	/**
	 * Describes the finding for logs and failure analyses: a first line with the kind,
	 * the relation or model and the table or column, the problem indented below, then the
	 * fix.
	 * @return several lines, without a trailing line break
	 */
	public String describe() {
		String subject = (this.relation != null) ? this.model + "." + this.relation : this.model;
		String where = (this.column != null) ? this.table + "." + this.column : this.table;
		StringBuilder text = new StringBuilder(this.kind.name()).append(": ")
			.append(subject)
			.append(" (")
			.append(where)
			.append(")\n    ")
			.append(this.problem);
		if (this.fix != null) {
			text.append("\n    fix: ").append(this.fix.replace("\n", "\n         "));
		}
		else {
			text.append("\n    fix: no DDL fixes this; change the schema");
		}
		return text.toString();
	}

}
