package dev.relata.orm.verify;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates a schema's tables on a test database, verifies it, and applies the fixes the
 * findings give, so each test proves a fix right for its database.
 */
final class VerifyFixture {

	private VerifyFixture() {
	}

	/**
	 * Drops the schema's tables, then creates them and their foreign keys with
	 * {@link OrmDdl}.
	 */
	static void create(TestDatabase db, OrmSchema schema) {
		drop(db, schema);
		List<String> statements = new ArrayList<>(OrmDdl.createTables(schema, db.dialect()));
		statements.addAll(OrmDdl.render(OrmDdl.foreignKeys(schema), db.dialect()));
		db.execute(statements.toArray(String[]::new));
	}

	static void drop(TestDatabase db, OrmSchema schema) {
		db.dropTables(schema.models().stream().map(EntityModel::table).toArray(String[]::new));
	}

	static VerificationReport verify(TestDatabase db, OrmSchema schema) {
		return RelationVerifier.of(schema).verify(db.dataSource());
	}

	/**
	 * Returns the only finding of a report, checking there is exactly one.
	 */
	static VerificationFinding onlyFinding(VerificationReport report) {
		assertThat(report.findings()).as(report.describe()).hasSize(1);
		return report.findings().get(0);
	}

	/**
	 * Returns the finding of a kind, checking there is exactly one of it.
	 */
	static VerificationFinding finding(VerificationReport report, FindingKind kind) {
		List<VerificationFinding> found = report.findings().stream().filter((f) -> f.kind() == kind).toList();
		assertThat(found).as(report.describe()).hasSize(1);
		return found.get(0);
	}

	/**
	 * Checks what a finding is about.
	 */
	static void assertFinding(VerificationFinding finding, FindingKind kind, String model, @Nullable String relation,
			String table, @Nullable String column) {
		assertThat(finding.kind()).isEqualTo(kind);
		assertThat(finding.model()).isEqualTo(model);
		assertThat(finding.relation()).isEqualTo(relation);
		assertThat(finding.table()).isEqualTo(table);
		assertThat(finding.column()).isEqualTo(column);
	}

	/**
	 * Runs a finding's fix, statement by statement.
	 */
	static void applyFix(TestDatabase db, VerificationFinding finding) {
		assertThat(finding.fix()).isNotNull();
		db.execute(finding.fixStatements().toArray(String[]::new));
	}

}
