package dev.relata.orm.migration;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.internal.catalog.CatalogTableName;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.internal.jdbc.CatalogReader;
import dev.relata.orm.internal.jdbc.ConnectionStatements;
import dev.relata.orm.migration.ForeignKeyChange.Bookkeeping;
import dev.relata.orm.migration.ForeignKeyChange.Validation;
import dev.relata.orm.migration.ForeignKeyDrift.Difference;

import org.springframework.dao.DataAccessException;

/**
 * Plans and runs the migration on one connection: reads the bookkeeping rows and the
 * catalog of every table concerned, plans, then runs each change's statements one by one,
 * validating a key added {@code NOT VALID} last (and, in auto-commit, dropping it again
 * when validation fails), and writes the bookkeeping rows.
 */
final class ForeignKeyMigrationRun {

	private static final String TASK = "Relata foreign-key migration: ";

	private final CatalogReader reader;

	private final ConnectionStatements statements;

	private final ManagedForeignKeys bookkeeping;

	private final boolean bookkept;

	private final List<String> run = new ArrayList<>();

	private boolean bookkeepingCreated;

	ForeignKeyMigrationRun(Connection connection) {
		this.reader = CatalogReader.of(connection);
		this.statements = ConnectionStatements.on(connection);
		this.bookkeeping = new ManagedForeignKeys(this.reader.dialect());
		this.bookkept = this.reader.readTable(null, ManagedForeignKeys.TABLE).isPresent();
	}

	ForeignKeyPlan plan(List<ForeignKeyDefinition> declared) {
		List<ManagedForeignKey> managed = this.bookkept ? this.bookkeeping.read(this.statements) : List.of();
		CatalogNaming naming = this.reader.naming();
		List<CatalogTableName> tables = new ArrayList<>();
		for (ForeignKeyDefinition foreignKey : declared) {
			tables.add(naming.resolve(foreignKey.table().schema(), foreignKey.table().name()));
			tables.add(naming.resolve(foreignKey.referencedTable().schema(), foreignKey.referencedTable().name()));
		}
		managed.forEach((row) -> tables.add(naming.resolve(row.tableName().schema(), row.table())));
		Catalog catalog = this.reader.read(tables);
		return ForeignKeyPlanner.plan(declared, catalog, managed, this.reader.dialect());
	}

	ForeignKeyMigrationResult apply(ForeignKeyPlan plan) {
		List<String> added = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		List<String> indexed = new ArrayList<>();
		for (ForeignKeyChange change : plan.changes()) {
			run(change);
			ForeignKeyDrift drift = change.drift();
			List<String> names = switch (drift.difference()) {
				case MISSING -> added;
				case DIFFERENT_DEFINITION -> replaced;
				case UNDECLARED_BUT_MANAGED -> dropped;
				case MISSING_INDEX -> indexed;
			};
			names.add(drift.constraintName());
		}
		plan.forgotten().forEach(this::forget);
		return new ForeignKeyMigrationResult(added, replaced, dropped, indexed, this.run);
	}

	private void run(ForeignKeyChange change) {
		String task = TASK + verb(change.drift().difference()) + " " + change.drift().constraintName() + " on "
				+ change.drift().table();
		for (String sql : change.statements()) {
			execute(task, sql);
		}
		Validation validation = change.validation();
		if (validation != null) {
			validate(task, validation);
		}
		if (change.bookkeeping() == Bookkeeping.RECORD) {
			createBookkeeping();
			this.bookkeeping.record(this.statements, change.row());
			this.run.add(this.bookkeeping.insert());
		}
		else if (change.bookkeeping() == Bookkeeping.FORGET) {
			forget(change.row());
		}
	}

	private void validate(String task, Validation validation) {
		try {
			execute(task, validation.statement());
		}
		catch (DataAccessException ex) {
			// in auto-commit the NOT VALID key stays behind, guarding new rows only: drop
			// it
			if (this.statements.autoCommit()) {
				try {
					execute(task + " (dropping it again after its validation failed)", validation.undo());
				}
				catch (DataAccessException undoFailure) {
					ex.addSuppressed(undoFailure);
				}
			}
			throw ex;
		}
	}

	private void forget(ManagedForeignKey row) {
		this.bookkeeping.forget(this.statements, row);
		this.run.add(this.bookkeeping.delete());
	}

	private void createBookkeeping() {
		if (!this.bookkept && !this.bookkeepingCreated) {
			this.bookkeeping.create(this.statements);
			this.run.add(this.bookkeeping.createTable());
			this.bookkeepingCreated = true;
		}
	}

	private void execute(String task, String sql) {
		this.statements.execute(task, sql);
		this.run.add(sql);
	}

	private static String verb(Difference difference) {
		return switch (difference) {
			case MISSING -> "adding";
			case DIFFERENT_DEFINITION -> "replacing";
			case UNDECLARED_BUT_MANAGED -> "dropping";
			case MISSING_INDEX -> "indexing";
		};
	}

}
