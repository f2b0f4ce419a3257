package dev.relata.orm.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.ddl.AlterDdl;
import dev.relata.orm.ddl.TableName;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * What every check reads (the schema, its foreign keys, the catalog, the dialect and the
 * DDL for fixes) and the findings they add to, in the order they are found.
 */
final class VerificationContext {

	private final OrmSchema schema;

	private final List<DeclaredForeignKey> foreignKeys;

	private final Catalog catalog;

	private final Dialect dialect;

	private final AlterDdl ddl;

	private final List<VerificationFinding> findings = new ArrayList<>();

	VerificationContext(OrmSchema schema, List<DeclaredForeignKey> foreignKeys, Catalog catalog, Dialect dialect) {
		this.schema = schema;
		this.foreignKeys = foreignKeys;
		this.catalog = catalog;
		this.dialect = dialect;
		this.ddl = AlterDdl.of(dialect);
	}

	OrmSchema schema() {
		return this.schema;
	}

	List<DeclaredForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	Catalog catalog() {
		return this.catalog;
	}

	Dialect dialect() {
		return this.dialect;
	}

	AlterDdl ddl() {
		return this.ddl;
	}

	Optional<CatalogTable> table(EntityModel<?> model) {
		return this.catalog.table(model.schemaName(), model.table());
	}

	static TableName tableName(EntityModel<?> model) {
		return new TableName(model.schemaName(), model.table());
	}

	/**
	 * Adds a finding whose fix is the given statements (none: no DDL fixes it).
	 */
	void add(FindingKind kind, String model, @Nullable String relation, EntityModel<?> table, @Nullable String column,
			String problem, String... fix) {
		String statements = (fix.length == 0) ? null : String.join(";\n", fix) + ";";
		this.findings.add(new VerificationFinding(kind, model, relation, tableName(table).toString(), column, problem,
				statements));
	}

	List<VerificationFinding> findings() {
		return List.copyOf(this.findings);
	}

}
