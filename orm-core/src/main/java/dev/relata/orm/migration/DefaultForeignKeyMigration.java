package dev.relata.orm.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.zip.CRC32;

import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * The foreign keys of one schema, named once; each {@link #apply} and {@link #drift}
 * reads the database afresh.
 */
final class DefaultForeignKeyMigration implements ForeignKeyMigration {

	private final List<ForeignKeyDefinition> declared;

	DefaultForeignKeyMigration(OrmSchema schema) {
		this.declared = OrmDdl.foreignKeys(schema);
	}

	@Override
	public List<String> declaredStatements(Dialect dialect) {
		return OrmDdl.render(this.declared, dialect);
	}

	@Override
	public int checksum(Dialect dialect) {
		CRC32 crc = new CRC32();
		for (String statement : declaredStatements(dialect)) {
			crc.update(statement.trim().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
			crc.update(';');
		}
		return (int) crc.getValue();
	}

	@Override
	public ForeignKeyMigrationResult apply(Connection connection) {
		ForeignKeyMigrationRun run = new ForeignKeyMigrationRun(connection);
		return run.apply(run.plan(this.declared));
	}

	@Override
	public List<ForeignKeyDrift> drift(Connection connection) {
		return new ForeignKeyMigrationRun(connection).plan(this.declared).drift();
	}

}
