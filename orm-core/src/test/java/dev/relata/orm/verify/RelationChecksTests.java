package dev.relata.orm.verify;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.catalog.Catalog;
import dev.relata.orm.internal.catalog.CatalogColumn;
import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogIndex;
import dev.relata.orm.internal.catalog.CatalogNaming;
import dev.relata.orm.internal.catalog.CatalogTable;
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
 * The checks on hand-made catalogs, without a database: which findings a state gives, and
 * which it deliberately does not.
 */
class RelationChecksTests {

	private static final CatalogNaming NAMING = new CatalogNaming(IdentifierCase.LOWER, "db", "public", false);

	@Table("users")
	record User(@Id Long id) {
	}

	@Table("tags")
	record Tag(@Id Long id) {
	}

	@Table("user_tags")
	record UserTag(@Id Long userId, @Id Long tagId) {
	}

	@Table("posts")
	record Post(@Id Long id, @Nullable Long userId) {
	}

	private static OrmSchema bothWays() {
		return OrmSchema.builder()
			.models(User.class, Tag.class, UserTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.manyToMany("tags", Tag.class,
									(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Tag.class,
							(r) -> r.manyToMany("users", User.class,
									(m) -> m.through(UserTag.class).from(UserTag::tagId).to(UserTag::userId))))
			.build();
	}

	private static OrmSchema posts(ReferentialAction onDelete) {
		return OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(Post.class,
					(r) -> r.belongsTo("user", User.class, Post::userId, (fk) -> fk.onDelete(onDelete))))
			.build();
	}

	private static CatalogTable table(String name, List<String> primaryKey, List<CatalogIndex> indexes,
			List<CatalogForeignKey> foreignKeys, String... columns) {
		List<CatalogColumn> list = new ArrayList<>();
		for (String column : columns) {
			list.add(new CatalogColumn(column, "BIGINT", "int8", 19, 0, !primaryKey.contains(column)));
		}
		return CatalogTable.of(NAMING, NAMING.resolve(null, name), list, primaryKey, indexes, foreignKeys);
	}

	private static CatalogForeignKey foreignKey(String column, String table, ReferentialAction onDelete) {
		return new CatalogForeignKey("fk_" + column, List.of(column), NAMING.resolve(null, table), List.of("id"),
				onDelete, ReferentialAction.NO_ACTION);
	}

	private static List<VerificationFinding> verify(OrmSchema schema, Dialect dialect, CatalogTable... tables) {
		return new DefaultRelationVerifier(schema).verify(Catalog.of(NAMING, List.of(tables)), dialect).findings();
	}

	@Test
	void aJoinTableOfTwoManyToManysGetsOneUniquePairFindingAndARightSideFindingEach() {
		List<VerificationFinding> findings = verify(bothWays(), Dialects.POSTGRESQL,
				table("users", List.of("id"), List.of(), List.of(), "id"),
				table("tags", List.of("id"), List.of(), List.of(), "id"),
				table("user_tags", List.of(), List.of(),
						List.of(foreignKey("user_id", "users", ReferentialAction.NO_ACTION),
								foreignKey("tag_id", "tags", ReferentialAction.NO_ACTION)),
						"user_id", "tag_id"));
		assertThat(findings)
			.extracting(VerificationFinding::kind, VerificationFinding::relation, VerificationFinding::column)
			.containsExactly(tuple(FindingKind.JOIN_MODEL_WITHOUT_UNIQUE_PAIR, "tags", null),
					tuple(FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED, "tags", "tag_id"),
					tuple(FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED, "users", "user_id"));
	}

	@Test
	void joinModelKeysAreNeverJudgedForOptionality() {
		List<VerificationFinding> findings = verify(bothWays(), Dialects.POSTGRESQL,
				table("users", List.of("id"), List.of(), List.of(), "id"),
				table("tags", List.of("id"), List.of(), List.of(), "id"),
				table("user_tags", List.of("user_id", "tag_id"),
						List.of(new CatalogIndex("ix", false, List.of("tag_id"))),
						List.of(foreignKey("user_id", "users", ReferentialAction.NO_ACTION),
								foreignKey("tag_id", "tags", ReferentialAction.NO_ACTION)),
						"user_id", "tag_id"));
		assertThat(findings).isEmpty();
	}

	@Test
	void noForeignKeyIsExpectedTowardsAMissingTable() {
		List<VerificationFinding> findings = verify(posts(ReferentialAction.CASCADE), Dialects.POSTGRESQL,
				table("posts", List.of("id"), List.of(new CatalogIndex("ix", false, List.of("user_id"))), List.of(),
						"id", "user_id"));
		assertThat(findings).extracting(VerificationFinding::kind).containsExactly(FindingKind.MISSING_TABLE);
	}

	@Test
	void nothingIsReportedAboutTheColumnsAndKeysOfAMissingTable() {
		List<VerificationFinding> findings = verify(posts(ReferentialAction.CASCADE), Dialects.POSTGRESQL,
				table("users", List.of("id"), List.of(), List.of(), "id"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MISSING_TABLE);
			assertThat(finding.table()).isEqualTo("posts");
			assertThat(finding.problem())
				.isEqualTo("The table posts of Post does not exist (looked up as public.posts)");
		});
	}

	@Test
	void restrictSatisfiesADeclaredNoActionOnlyWhereTheDatabaseTreatsThemAsOne() {
		CatalogTable users = table("users", List.of("id"), List.of(), List.of(), "id");
		CatalogTable posts = table("posts", List.of("id"), List.of(new CatalogIndex("ix", false, List.of("user_id"))),
				List.of(foreignKey("user_id", "users", ReferentialAction.RESTRICT)), "id", "user_id");
		assertThat(verify(posts(ReferentialAction.NO_ACTION), Dialects.MARIADB, users, posts)).isEmpty();
		assertThat(verify(posts(ReferentialAction.NO_ACTION), Dialects.POSTGRESQL, users, posts))
			.extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.FOREIGN_KEY_ACTION_MISMATCH);
		assertThat(verify(posts(ReferentialAction.CASCADE), Dialects.MARIADB, users, posts))
			.extracting(VerificationFinding::kind)
			.containsExactly(FindingKind.FOREIGN_KEY_ACTION_MISMATCH);
	}

}
