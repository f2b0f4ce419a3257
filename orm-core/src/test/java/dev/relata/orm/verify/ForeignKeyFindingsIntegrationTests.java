package dev.relata.orm.verify;

import java.util.function.Consumer;

import dev.relata.orm.relation.ForeignKeySpec;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static dev.relata.orm.verify.VerifyFixture.applyFix;
import static dev.relata.orm.verify.VerifyFixture.assertFinding;
import static dev.relata.orm.verify.VerifyFixture.finding;
import static dev.relata.orm.verify.VerifyFixture.onlyFinding;
import static dev.relata.orm.verify.VerifyFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Foreign-key findings on each database: a missing key, other actions, a missing index
 * and nullability against the relation's optionality; each fix, run on the database,
 * makes its finding disappear.
 */
class ForeignKeyFindingsIntegrationTests {

	@Table("fk_owners")
	record Owner(@Id Long id, String name) {
	}

	@Table("fk_items")
	record Item(@Id Long id, String name, @Nullable Long ownerId) {
	}

	@Table("fk_required_items")
	record RequiredItem(@Id Long id, long ownerId) {
	}

	private static OrmSchema schema(Consumer<ForeignKeySpec<Owner>> options) {
		return OrmSchema.builder()
			.models(Owner.class, Item.class)
			.relations(RelationDefinitions.of(Item.class,
					(r) -> r.belongsTo("owner", Owner.class, Item::ownerId, options::accept)))
			.build();
	}

	private static void createTables(TestDatabase db, String itemsTail) {
		db.dropTables("fk_items", "fk_required_items", "fk_owners");
		db.execute("CREATE TABLE fk_owners (id BIGINT PRIMARY KEY, name VARCHAR(255))",
				"CREATE TABLE fk_items (id BIGINT PRIMARY KEY, name VARCHAR(255), owner_id BIGINT" + itemsTail + ")");
	}

	@DatabaseTest
	void aMissingForeignKeyIsAddedByItsFix(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index());
		createTables(db, "");
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)");

		VerificationFinding finding = onlyFinding(verify(db, schema));
		assertFinding(finding, FindingKind.MISSING_FOREIGN_KEY, "Item", "owner", "fk_items", "owner_id");
		assertThat(finding.problem()).contains("fk_items.owner_id", "fk_owners.id", "ON DELETE CASCADE");
		assertThat(finding.fix()).isEqualTo(db.sql("ALTER TABLE {fk_items} ADD CONSTRAINT {fk_fk_items_owner_id} "
				+ "FOREIGN KEY ({owner_id}) REFERENCES {fk_owners} ({id}) ON DELETE CASCADE;"));

		applyFix(db, finding);
		assertThat(verify(db, schema).isClean()).isTrue();
	}

	@DatabaseTest
	void aForeignKeyWithOtherActionsIsReplacedByItsFix(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index());
		createTables(db, "");
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)",
				"ALTER TABLE fk_items ADD CONSTRAINT items_owner FOREIGN KEY (owner_id) REFERENCES fk_owners (id) "
						+ "ON DELETE SET NULL");

		VerificationFinding finding = onlyFinding(verify(db, schema));
		assertFinding(finding, FindingKind.FOREIGN_KEY_ACTION_MISMATCH, "Item", "owner", "fk_items", "owner_id");
		assertThat(finding.problem()).contains("ON DELETE SET NULL").contains("should have ON DELETE CASCADE");
		String storedName = db.dialect().quoteIdentifier(db.dialect().defaultIdentifierCase().fold("items_owner"));
		String drop = (db.kind() == DatabaseKind.MARIADB) ? "DROP FOREIGN KEY" : "DROP CONSTRAINT";
		assertThat(finding.fixStatements()).containsExactly(db.sql("ALTER TABLE {fk_items} ") + drop + " " + storedName,
				db.sql("ALTER TABLE {fk_items} ADD CONSTRAINT {fk_fk_items_owner_id} FOREIGN KEY ({owner_id}) "
						+ "REFERENCES {fk_owners} ({id}) ON DELETE CASCADE"));

		applyFix(db, finding);
		assertThat(verify(db, schema).isClean()).isTrue();
		db.execute("INSERT INTO fk_owners (id, name) VALUES (1, 'a')",
				"INSERT INTO fk_items (id, name, owner_id) VALUES (10, 'x', 1)", "DELETE FROM fk_owners WHERE id = 1");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM fk_items", Integer.class)).isZero();
	}

	@DatabaseTest
	void restrictAndNoActionAreOneActionOnlyOnMariaDb(TestDatabase db) {
		// declared without an action: the database default NO ACTION
		OrmSchema schema = schema((fk) -> fk.index());
		createTables(db, "");
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)",
				"ALTER TABLE fk_items ADD CONSTRAINT fk_fk_items_owner_id FOREIGN KEY (owner_id) "
						+ "REFERENCES fk_owners (id) ON DELETE RESTRICT ON UPDATE RESTRICT");

		VerificationReport report = verify(db, schema);
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(report.isClean()).as(report.describe()).isTrue();
		}
		else {
			assertThat(onlyFinding(report).kind()).isEqualTo(FindingKind.FOREIGN_KEY_ACTION_MISMATCH);
			applyFix(db, onlyFinding(report));
			assertThat(verify(db, schema).isClean()).isTrue();
		}
	}

	@DatabaseTest
	void anUnindexedForeignKeyColumnGetsAnIndexFromItsFix(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.onDelete(ReferentialAction.CASCADE));
		// no constraint and no index: MariaDB and H2 index a column once it has a
		// foreign key
		createTables(db, "");

		VerificationReport report = verify(db, schema);
		assertThat(report.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY, FindingKind.UNINDEXED_FOREIGN_KEY);
		VerificationFinding unindexed = finding(report, FindingKind.UNINDEXED_FOREIGN_KEY);
		assertFinding(unindexed, FindingKind.UNINDEXED_FOREIGN_KEY, "Item", "owner", "fk_items", "owner_id");
		assertThat(unindexed.fix())
			.isEqualTo(db.sql("CREATE INDEX {ix_fk_items_owner_id} ON {fk_items} ({owner_id});"));

		applyFix(db, unindexed);
		VerificationReport after = verify(db, schema);
		assertThat(after.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY);
		applyFix(db, after.findings().get(0));
		assertThat(verify(db, schema).isClean()).isTrue();
	}

	@DatabaseTest
	void aNotNullColumnUnderABoxedKeyIsNoFindingWithoutSetNull(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.index());
		createTables(db, " NOT NULL");
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)",
				"ALTER TABLE fk_items ADD CONSTRAINT fk_fk_items_owner_id FOREIGN KEY (owner_id) REFERENCES fk_owners (id)");

		assertThat(verify(db, schema).findings()).isEmpty();
	}

	@DatabaseTest
	void aNotNullColumnBehindAnOptionalRelationCanAcceptNullAfterItsFix(TestDatabase db) {
		OrmSchema schema = schema((fk) -> fk.index().onDelete(ReferentialAction.SET_NULL));
		createTables(db, " NOT NULL");
		// MariaDB refuses SET NULL on a NOT NULL column, so the key is added once the
		// column is
		// fixed; the finding is about the column alone
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)");

		VerificationReport report = verify(db, schema);
		VerificationFinding finding = finding(report, FindingKind.OPTIONAL_RELATION_WITH_NOT_NULL_COLUMN);
		assertFinding(finding, FindingKind.OPTIONAL_RELATION_WITH_NOT_NULL_COLUMN, "Item", "owner", "fk_items",
				"owner_id");
		assertThat(finding.problem()).contains("fk_items.owner_id is NOT NULL", "ON DELETE SET NULL");
		assertThat(finding.fix()).isEqualTo((db.kind() == DatabaseKind.MARIADB)
				? db.sql("ALTER TABLE {fk_items} MODIFY COLUMN {owner_id} BIGINT NULL;")
				: db.sql("ALTER TABLE {fk_items} ALTER COLUMN {owner_id} DROP NOT NULL;"));

		assertThat(report.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY, FindingKind.OPTIONAL_RELATION_WITH_NOT_NULL_COLUMN);

		applyFix(db, finding);
		VerificationReport after = verify(db, schema);
		assertThat(after.findings()).extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.MISSING_FOREIGN_KEY);
		applyFix(db, after.findings().get(0));
		assertThat(verify(db, schema).isClean()).isTrue();
	}

	@DatabaseTest
	void aNullableColumnBehindARequiredRelationIsNotNullAfterItsFix(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(Owner.class, RequiredItem.class)
			.relations(RelationDefinitions.of(RequiredItem.class,
					(r) -> r.belongsTo("owner", Owner.class, RequiredItem::ownerId, (fk) -> fk.index())))
			.build();
		db.dropTables("fk_items", "fk_required_items", "fk_owners");
		db.execute("CREATE TABLE fk_owners (id BIGINT PRIMARY KEY, name VARCHAR(255))",
				"CREATE TABLE fk_required_items (id BIGINT PRIMARY KEY, owner_id BIGINT)",
				"CREATE INDEX ix_fk_required_items_owner_id ON fk_required_items (owner_id)",
				"ALTER TABLE fk_required_items ADD CONSTRAINT fk_fk_required_items_owner_id FOREIGN KEY (owner_id) "
						+ "REFERENCES fk_owners (id)");

		VerificationFinding finding = onlyFinding(verify(db, schema));
		assertFinding(finding, FindingKind.REQUIRED_RELATION_WITH_NULLABLE_COLUMN, "RequiredItem", "owner",
				"fk_required_items", "owner_id");
		assertThat(finding.problem()).contains("RequiredItem.ownerId is a primitive long");
		assertThat(finding.fix()).isEqualTo((db.kind() == DatabaseKind.MARIADB)
				? db.sql("ALTER TABLE {fk_required_items} MODIFY COLUMN {owner_id} BIGINT NOT NULL;")
				: db.sql("ALTER TABLE {fk_required_items} ALTER COLUMN {owner_id} SET NOT NULL;"));

		applyFix(db, finding);
		assertThat(verify(db, schema).isClean()).isTrue();
	}

	@DatabaseTest
	void aConstraintUnderTheDeclaredNameOnOtherColumnsIsDroppedBeforeTheKeyIsAdded(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(Owner.class, Item.class)
			.relations(RelationDefinitions.of(Item.class,
					(r) -> r.belongsTo("owner", Owner.class, Item::ownerId, (fk) -> fk.index())))
			.build();
		createTables(db, ", other_id BIGINT");
		db.execute("CREATE INDEX ix_fk_items_owner_id ON fk_items (owner_id)",
				"ALTER TABLE fk_items ADD CONSTRAINT fk_fk_items_owner_id FOREIGN KEY (other_id) "
						+ "REFERENCES fk_owners (id)");

		VerificationFinding finding = onlyFinding(verify(db, schema));
		assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_FOREIGN_KEY);
		assertThat(finding.fixStatements()).hasSize(2);
		applyFix(db, finding);
		assertThat(verify(db, schema).isClean()).isTrue();
	}

}
