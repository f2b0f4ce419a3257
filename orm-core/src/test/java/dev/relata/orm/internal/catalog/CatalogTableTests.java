package dev.relata.orm.internal.catalog;

import java.util.List;

import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.sql.dialect.IdentifierCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How schema names find what a catalog holds: folding, case, leading index columns,
 * unique pairs in either order, foreign keys by columns and their actions.
 */
class CatalogTableTests {

	private static final CatalogNaming H2 = new CatalogNaming(IdentifierCase.UPPER, "DB", "PUBLIC", false);

	private static final CatalogNaming MARIADB = new CatalogNaming(IdentifierCase.AS_IS, "shop", null, true);

	private static final CatalogTableName USERS = new CatalogTableName("DB", "PUBLIC", "USERS");

	private static CatalogTable userTags(CatalogNaming naming, List<CatalogIndex> indexes, String... primaryKey) {
		return CatalogTable.of(naming, new CatalogTableName("DB", "PUBLIC", "USER_TAGS"),
				List.of(column("USER_ID"), column("TAG_ID")), List.of(primaryKey), indexes,
				List.of(new CatalogForeignKey("FK_UT_USER", List.of("USER_ID"), USERS, List.of("ID"),
						ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)));
	}

	private static CatalogColumn column(String name) {
		return new CatalogColumn(name, "BIGINT", "BIGINT", 64, 0, false);
	}

	@Test
	void resolvesATableWithoutSchemaToTheConnectionsCatalogAndSchema() {
		assertThat(H2.resolve(null, "users")).isEqualTo(USERS);
		assertThat(H2.resolve("blog", "posts")).isEqualTo(new CatalogTableName("DB", "BLOG", "POSTS"));
	}

	@Test
	void resolvesASchemaAsACatalogWhereTheDatabaseCallsItSo() {
		assertThat(MARIADB.resolve(null, "Users")).isEqualTo(new CatalogTableName("shop", null, "Users"));
		assertThat(MARIADB.resolve("blog", "posts")).isEqualTo(new CatalogTableName("blog", null, "posts"));
	}

	@Test
	void tablesAreTheSameWhereKnownCatalogsAndSchemasAgree() {
		assertThat(USERS.sameTable(new CatalogTableName(null, "PUBLIC", "USERS"))).isTrue();
		assertThat(USERS.sameTable(new CatalogTableName("DB", "OTHER", "USERS"))).isFalse();
		assertThat(USERS.sameTable(new CatalogTableName("DB", "PUBLIC", "users"))).isFalse();
	}

	@Test
	void findsColumnsByTheFoldedNameAndIgnoresCaseOnlyWhereNamesAreKeptAsWritten() {
		CatalogTable h2 = userTags(H2, List.of());
		assertThat(h2.column("user_id")).map(CatalogColumn::name).contains("USER_ID");
		CatalogTable quoted = CatalogTable.of(H2, USERS, List.of(column("user_id")), List.of(), List.of(), List.of());
		assertThat(quoted.column("user_id")).isEmpty();
		CatalogTable mariaDb = CatalogTable.of(MARIADB, new CatalogTableName("shop", null, "user_tags"),
				List.of(column("User_Id")), List.of(), List.of(), List.of());
		assertThat(mariaDb.column("user_id")).isPresent();
	}

	@Test
	void anIndexServesTheColumnsItStartsWith() {
		CatalogTable table = userTags(H2, List.of(new CatalogIndex("IX", false, List.of("TAG_ID", "USER_ID"))),
				"USER_ID", "TAG_ID");
		assertThat(table.hasIndexLeadingWith(List.of("user_id"))).isTrue();
		assertThat(table.hasIndexLeadingWith(List.of("tag_id"))).isTrue();
		assertThat(userTags(H2, List.of(), "USER_ID", "TAG_ID").hasIndexLeadingWith(List.of("tag_id"))).isFalse();
		assertThat(table.hasIndexLeadingWith(List.of())).isFalse();
	}

	@Test
	void aUniquePairIsThePrimaryKeyOrAUniqueIndexOnExactlyThoseColumnsInAnyOrder() {
		assertThat(userTags(H2, List.of(), "TAG_ID", "USER_ID").hasUniqueKeyOn(List.of("user_id", "tag_id"))).isTrue();
		assertThat(userTags(H2, List.of(new CatalogIndex("UX", true, List.of("TAG_ID", "USER_ID"))))
			.hasUniqueKeyOn(List.of("user_id", "tag_id"))).isTrue();
		assertThat(userTags(H2, List.of(new CatalogIndex("IX", false, List.of("USER_ID", "TAG_ID"))))
			.hasUniqueKeyOn(List.of("user_id", "tag_id"))).isFalse();
		assertThat(userTags(H2, List.of(new CatalogIndex("UX", true, List.of("USER_ID"))))
			.hasUniqueKeyOn(List.of("user_id", "tag_id"))).isFalse();
	}

	@Test
	void findsForeignKeysByColumnsAndReferencedTableWhateverTheirName() {
		CatalogTable table = userTags(H2, List.of());
		assertThat(table.foreignKeysLinking(List.of("user_id"), H2.resolve(null, "users"), List.of("id")))
			.extracting(CatalogForeignKey::name)
			.containsExactly("FK_UT_USER");
		assertThat(table.foreignKeysLinking(List.of("tag_id"), H2.resolve(null, "users"), List.of("id"))).isEmpty();
		assertThat(table.foreignKeysLinking(List.of("user_id"), H2.resolve(null, "tags"), List.of("id"))).isEmpty();
		assertThat(table.foreignKey("fk_ut_user")).isPresent();
	}

	@Test
	void noActionAndRestrictAreEqualOnlyWhereTheDatabaseDoesNotTellThemApart() {
		CatalogForeignKey restrict = new CatalogForeignKey("FK", List.of("A"), USERS, List.of("ID"),
				ReferentialAction.RESTRICT, ReferentialAction.RESTRICT);
		assertThat(restrict.hasActions(ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, true)).isFalse();
		assertThat(restrict.hasActions(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, false)).isTrue();
		assertThat(restrict.hasActions(ReferentialAction.CASCADE, ReferentialAction.RESTRICT, false)).isFalse();
		assertThat(restrict.hasActions(ReferentialAction.RESTRICT, ReferentialAction.RESTRICT, true)).isTrue();
	}

}
