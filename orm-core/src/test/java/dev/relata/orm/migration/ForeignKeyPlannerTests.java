package dev.relata.orm.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogIndex;
import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.migration.ForeignKeyChange.Bookkeeping;
import dev.relata.orm.migration.ForeignKeyChange.Validation;
import dev.relata.orm.migration.ForeignKeyDrift.Difference;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.sql.dialect.IdentifierCase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration plan from declared keys, a catalog and bookkeeping rows, without a
 * database: add, replace, leave, drop what Relata created, count equal keys under other
 * names, validate apart on PostgreSQL, and plan nothing once applied.
 */
class ForeignKeyPlannerTests {

	private static final CatalogNaming MARIADB_NAMING = new CatalogNaming(IdentifierCase.AS_IS, "shop", null, true);

	private static final CatalogNaming POSTGRES_NAMING = new CatalogNaming(IdentifierCase.LOWER, "db", "public", false);

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("posts")
	record Post(@Id Long id, @Nullable Long userId) {
	}

	private static List<ForeignKeyDefinition> declared(@Nullable ReferentialAction onDelete) {
		return OrmDdl.foreignKeys(OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId, (fk) -> {
				if (onDelete != null) {
					fk.onDelete(onDelete);
				}
				fk.index();
			})))
			.build());
	}

	private static final ManagedForeignKey MANAGED = new ManagedForeignKey("", "posts", "fk_posts_user_id");

	private static CatalogTable users(CatalogNaming naming) {
		return CatalogTable.of(naming, naming.resolve(null, "users"), List.of(column(naming, "id")),
				List.of(naming.fold("id")), List.of(), List.of());
	}

	private static CatalogTable posts(CatalogNaming naming, boolean indexed, CatalogForeignKey... foreignKeys) {
		List<CatalogIndex> indexes = indexed
				? List.of(new CatalogIndex(naming.fold("ix_posts_user_id"), false, List.of(naming.fold("user_id"))))
				: List.of();
		return CatalogTable.of(naming, naming.resolve(null, "posts"),
				List.of(column(naming, "id"), column(naming, "user_id")), List.of(naming.fold("id")), indexes,
				Arrays.asList(foreignKeys));
	}

	/**
	 * A key from posts.user_id to users.id, named as the database stores the name.
	 */
	private static CatalogForeignKey foreignKey(CatalogNaming naming, String name, ReferentialAction onDelete) {
		return new CatalogForeignKey(naming.fold(name), List.of(naming.fold("user_id")), naming.resolve(null, "users"),
				List.of(naming.fold("id")), onDelete, ReferentialAction.NO_ACTION);
	}

	private static CatalogColumn column(CatalogNaming naming, String name) {
		return new CatalogColumn(naming.fold(name), "BIGINT", "BIGINT", 19, 0, true);
	}

	private static ForeignKeyPlan plan(List<ForeignKeyDefinition> declared, Dialect dialect, CatalogNaming naming,
			List<ManagedForeignKey> managed, CatalogTable... tables) {
		List<CatalogTable> all = new ArrayList<>(List.of(tables));
		all.add(0, users(naming));
		return ForeignKeyPlanner.plan(declared, Catalog.of(naming, all), managed, dialect);
	}

	@Test
	void addsAMissingKeyWithItsIndexFirstAndRecordsIt() {
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.MARIADB, MARIADB_NAMING, List.of(),
				posts(MARIADB_NAMING, false));
		assertThat(plan.changes()).singleElement().satisfies((change) -> {
			assertThat(change.drift().difference()).isEqualTo(Difference.MISSING);
			assertThat(change.drift().constraintName()).isEqualTo("fk_posts_user_id");
			assertThat(change.statements()).containsExactly("CREATE INDEX `ix_posts_user_id` ON `posts` (`user_id`)",
					"ALTER TABLE `posts` ADD CONSTRAINT `fk_posts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` "
							+ "(`id`) ON DELETE CASCADE");
			assertThat(change.validation()).isNull();
			assertThat(change.bookkeeping()).isEqualTo(Bookkeeping.RECORD);
			assertThat(change.row()).isEqualTo(MANAGED);
		});
	}

	@Test
	void addsAKeyNotValidOnPostgresqlAndValidatesItInASeparateStatement() {
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.POSTGRESQL, POSTGRES_NAMING, List.of(),
				posts(POSTGRES_NAMING, true));
		ForeignKeyChange change = plan.changes().get(0);
		assertThat(change.statements()).containsExactly("ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user_id\" "
				+ "FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE NOT VALID");
		assertThat(change.validation())
			.isEqualTo(new Validation("ALTER TABLE \"posts\" VALIDATE CONSTRAINT \"fk_posts_user_id\"",
					"ALTER TABLE \"posts\" DROP CONSTRAINT \"fk_posts_user_id\""));
		assertThat(plan.drift()).singleElement()
			.satisfies((drift) -> assertThat(drift.statements()).hasSize(2)
				.last()
				.isEqualTo(change.validation().statement()));
	}

	@Test
	void leavesAnEqualKeyAlone() {
		assertThat(plan(declared(ReferentialAction.CASCADE), Dialects.MARIADB, MARIADB_NAMING, List.of(MANAGED),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "fk_posts_user_id", ReferentialAction.CASCADE)))
			.changes()).isEmpty();
	}

	@Test
	void countsAnEqualKeyUnderAnotherNameAsPresentWithoutRecordingIt() {
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.MARIADB, MARIADB_NAMING, List.of(),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "posts_author", ReferentialAction.CASCADE)));
		assertThat(plan.changes()).isEmpty();
		assertThat(plan.forgotten()).isEmpty();
	}

	@Test
	void replacesTheDeclaredConstraintWhenItsActionsDiffer() {
		CatalogNaming h2 = new CatalogNaming(IdentifierCase.UPPER, "DB", "PUBLIC", false);
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.H2, h2, List.of(MANAGED),
				posts(h2, true, foreignKey(h2, "fk_posts_user_id", ReferentialAction.SET_NULL)));
		assertThat(plan.changes()).singleElement().satisfies((change) -> {
			assertThat(change.drift().difference()).isEqualTo(Difference.DIFFERENT_DEFINITION);
			assertThat(change.drift().description()).contains("ON DELETE SET NULL", "ON DELETE CASCADE");
			assertThat(change.statements()).containsExactly(
					"ALTER TABLE \"POSTS\" DROP CONSTRAINT \"FK_POSTS_USER_ID\"",
					"ALTER TABLE \"POSTS\" ADD CONSTRAINT \"FK_POSTS_USER_ID\" FOREIGN KEY (\"USER_ID\") "
							+ "REFERENCES \"USERS\" (\"ID\") ON DELETE CASCADE");
			assertThat(change.bookkeeping()).isEqualTo(Bookkeeping.NONE);
		});
	}

	@Test
	void dropsAManagedKeyNoLongerDeclaredAndNeverOneItDidNotCreate() {
		ForeignKeyPlan plan = plan(List.of(), Dialects.MARIADB, MARIADB_NAMING, List.of(MANAGED),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "fk_posts_user_id", ReferentialAction.CASCADE),
						foreignKey(MARIADB_NAMING, "users_own_fk", ReferentialAction.CASCADE)));
		assertThat(plan.changes()).singleElement().satisfies((change) -> {
			assertThat(change.drift().difference()).isEqualTo(Difference.UNDECLARED_BUT_MANAGED);
			assertThat(change.statements()).containsExactly("ALTER TABLE `posts` DROP FOREIGN KEY `fk_posts_user_id`");
			assertThat(change.bookkeeping()).isEqualTo(Bookkeeping.FORGET);
		});
	}

	@Test
	void forgetsAManagedRowWhoseConstraintIsGoneWithoutAnyDdl() {
		ForeignKeyPlan plan = plan(List.of(), Dialects.MARIADB, MARIADB_NAMING, List.of(MANAGED),
				posts(MARIADB_NAMING, true));
		assertThat(plan.changes()).isEmpty();
		assertThat(plan.forgotten()).containsExactly(MANAGED);
	}

	@Test
	void keepsAManagedKeyUnderAnOldNameThatTheDeclaredKeyRelyOn() {
		ManagedForeignKey oldName = new ManagedForeignKey("", "posts", "posts_user_old");
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.MARIADB, MARIADB_NAMING,
				List.of(oldName),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "posts_user_old", ReferentialAction.CASCADE)));
		assertThat(plan.changes()).isEmpty();
		assertThat(plan.forgotten()).isEmpty();
	}

	@Test
	void createsTheDeclaredIndexOfAnExistingKeyThatNoIndexServes() {
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.POSTGRESQL, POSTGRES_NAMING,
				List.of(MANAGED), posts(POSTGRES_NAMING, false,
						foreignKey(POSTGRES_NAMING, "fk_posts_user_id", ReferentialAction.CASCADE)));
		assertThat(plan.changes()).singleElement().satisfies((change) -> {
			assertThat(change.drift().difference()).isEqualTo(Difference.MISSING_INDEX);
			assertThat(change.statements())
				.containsExactly("CREATE INDEX \"ix_posts_user_id\" ON \"posts\" (\"user_id\")");
			assertThat(change.validation()).isNull();
			assertThat(change.bookkeeping()).isEqualTo(Bookkeeping.NONE);
		});
	}

	@Test
	void dropsRunBeforeAdds() {
		ManagedForeignKey other = new ManagedForeignKey("", "posts", "posts_user_old");
		ForeignKeyPlan plan = plan(declared(ReferentialAction.CASCADE), Dialects.MARIADB, MARIADB_NAMING,
				List.of(other),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "posts_user_old", ReferentialAction.SET_NULL)));
		assertThat(plan.drift()).extracting(ForeignKeyDrift::difference, ForeignKeyDrift::constraintName)
			.containsExactly(tuple(Difference.UNDECLARED_BUT_MANAGED, "posts_user_old"),
					tuple(Difference.MISSING, "fk_posts_user_id"));
	}

	@Test
	void aReportedRestrictSatisfiesADeclaredNoActionOnlyOnMariaDb() {
		assertThat(plan(declared(null), Dialects.MARIADB, MARIADB_NAMING, List.of(),
				posts(MARIADB_NAMING, true, foreignKey(MARIADB_NAMING, "fk_posts_user_id", ReferentialAction.RESTRICT)))
			.changes()).isEmpty();
		assertThat(plan(declared(null), Dialects.POSTGRESQL, POSTGRES_NAMING, List.of(),
				posts(POSTGRES_NAMING, true,
						foreignKey(POSTGRES_NAMING, "fk_posts_user_id", ReferentialAction.RESTRICT)))
			.drift()).extracting(ForeignKeyDrift::difference).containsExactly(Difference.DIFFERENT_DEFINITION);
	}

	@Test
	void plansNothingOnceApplied() {
		for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.MARIADB)) {
			CatalogNaming naming = (dialect == Dialects.MARIADB) ? MARIADB_NAMING : POSTGRES_NAMING;
			ForeignKeyPlan before = plan(declared(ReferentialAction.CASCADE), dialect, naming, List.of(),
					posts(naming, false));
			assertThat(before.changes()).hasSize(1);
			ForeignKeyPlan after = plan(declared(ReferentialAction.CASCADE), dialect, naming,
					List.of(before.changes().get(0).row()),
					posts(naming, true, foreignKey(naming, "fk_posts_user_id", ReferentialAction.CASCADE)));
			assertThat(after.changes()).isEmpty();
			assertThat(after.forgotten()).isEmpty();
		}
	}

}
