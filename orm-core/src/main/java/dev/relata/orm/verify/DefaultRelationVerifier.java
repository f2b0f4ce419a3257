package dev.relata.orm.verify;

import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.internal.catalog.CatalogTableName;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.internal.jdbc.CatalogReader;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * Reads the schema's tables and runs the checks: tables and columns, then foreign keys,
 * then join models. The checks compare plain data, so {@link #verify(Catalog, Dialect)}
 * needs no database.
 */
final class DefaultRelationVerifier implements RelationVerifier {

	private final OrmSchema schema;

	private final List<DeclaredForeignKey> foreignKeys;

	DefaultRelationVerifier(OrmSchema schema) {
		this.schema = schema;
		this.foreignKeys = DeclaredForeignKey.of(schema, OrmDdl.foreignKeys(schema));
	}

	@Override
	public VerificationReport verify(DataSource dataSource) {
		return CatalogReader.withConnection(dataSource, null,
				(reader) -> verify(reader.read(tables(reader.naming())), reader.dialect()));
	}

	VerificationReport verify(Catalog catalog, Dialect dialect) {
		VerificationContext context = new VerificationContext(this.schema, this.foreignKeys, catalog, dialect);
		TableChecks.check(context);
		ForeignKeyChecks.check(context);
		JoinModelChecks.check(context);
		return new VerificationReport(dialect.name(), context.findings());
	}

	private List<CatalogTableName> tables(CatalogNaming naming) {
		return this.schema.models().stream().map((model) -> naming.resolve(model.schemaName(), model.table())).toList();
	}

}
