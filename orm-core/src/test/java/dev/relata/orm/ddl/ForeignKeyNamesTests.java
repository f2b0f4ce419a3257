package dev.relata.orm.ddl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Constraint and index names: generated, cut to 63 bytes with a hash, unique, and given
 * names checked.
 */
class ForeignKeyNamesTests {

	// 35 + 35 = 70 characters of table and column
	private static final String LONG_TABLE = "customer_subscription_invoice_lines";

	private static final String LONG_COLUMN = "billing_period_adjustment_reference";

	@Table("accounts")
	record Account(@Id Long id) {
	}

	@Table(LONG_TABLE)
	record Line(@Id Long id, @Column(LONG_COLUMN) Long accountId, @Column(LONG_COLUMN + "_x") Long otherId) {
	}

	@Table("größenangaben_für_übersetzungen_der_ländercodes")
	record Umlaut(@Id Long id, @Column("zugehörige_übergeordnete_kontonummer") Long accountId) {
	}

	@Table("posts")
	record Post(@Id Long id, Long userId, Long editorId) {
	}

	private static OrmSchema longNames() {
		return OrmSchema.builder()
			.models(Account.class, Line.class)
			.relations(RelationDefinitions.of(Line.class,
					(r) -> r.belongsTo("account", Account.class, Line::accountId, (fk) -> fk.index())
						.belongsTo("other", Account.class, Line::otherId, (fk) -> fk.index())))
			.build();
	}

	@Test
	void aLongNameIsCutTo63BytesWithAHashOfTheFullName() throws Exception {
		assertThat((LONG_TABLE + LONG_COLUMN).length()).isEqualTo(70);
		ForeignKeyDefinition foreignKey = OrmDdl.foreignKeys(longNames()).get(0);
		String full = "fk_" + LONG_TABLE + "_" + LONG_COLUMN;
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8)))
			.substring(0, 8);
		assertThat(foreignKey.constraintName()).isEqualTo(full.substring(0, 54) + "_" + hash)
			.hasSize(OrmDdl.MAX_NAME_BYTES);
		assertThat(foreignKey.indexName()).hasSize(OrmDdl.MAX_NAME_BYTES).startsWith("ix_" + LONG_TABLE);
	}

	@Test
	void cutNamesAreDeterministicAndUnique() {
		List<ForeignKeyDefinition> first = OrmDdl.foreignKeys(longNames());
		List<ForeignKeyDefinition> second = OrmDdl.foreignKeys(longNames());
		assertThat(first).isEqualTo(second);
		List<String> names = first.stream()
			.flatMap((fk) -> java.util.stream.Stream.of(fk.constraintName(), fk.indexName()))
			.toList();
		assertThat(names).hasSize(4).doesNotHaveDuplicates();
		// the two constraint names share their first 54 characters and differ by the hash
		assertThat(names.get(0).substring(0, 54)).isEqualTo(names.get(2).substring(0, 54));
		assertThat(names.get(0)).isNotEqualTo(names.get(2));
	}

	@Test
	void multiByteNamesAreCountedInBytesAndCutBetweenCharacters() {
		OrmSchema schema = OrmSchema.builder()
			.models(Account.class, Umlaut.class)
			.relations(RelationDefinitions.of(Umlaut.class,
					(r) -> r.belongsTo("account", Account.class, Umlaut::accountId)))
			.build();
		String name = OrmDdl.foreignKeys(schema).get(0).constraintName();
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OrmDdl.MAX_NAME_BYTES);
		assertThat(name).startsWith("fk_größenangaben_für_übersetzungen").matches(".*_[0-9a-f]{8}");
		assertThat(name.length()).isLessThan(OrmDdl.MAX_NAME_BYTES);
	}

	@Test
	void aGeneratedNameAvoidsAGivenOne() {
		OrmSchema schema = OrmSchema.builder()
			.models(Account.class, Post.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", Account.class, Post::userId)
				.belongsTo("editor", Account.class, Post::editorId, (fk) -> fk.constraintName("FK_POSTS_USER_ID"))))
			.build();
		assertThat(OrmDdl.foreignKeys(schema)).extracting(ForeignKeyDefinition::constraintName)
			.containsExactly("fk_posts_user_id_2", "FK_POSTS_USER_ID");
	}

	@Test
	void aConstraintNameGivenTwiceIsRefused() {
		OrmSchema schema = OrmSchema.builder()
			.models(Account.class, Post.class)
			.relations(RelationDefinitions.of(Post.class,
					(r) -> r.belongsTo("user", Account.class, Post::userId, (fk) -> fk.constraintName("fk_posts"))
						.belongsTo("editor", Account.class, Post::editorId, (fk) -> fk.constraintName("fk_posts"))))
			.build();
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> OrmDdl.foreignKeys(schema))
			.withMessage("The constraint name 'fk_posts' is given to both the foreign key posts.user_id -> accounts.id "
					+ "(defined by Post.user) and the foreign key posts.editor_id -> accounts.id (defined by Post.editor); "
					+ "give each foreign key its own constraintName(...)");
	}

	@Test
	void aGivenNameLongerThan63BytesIsRefused() {
		String given = "fk_" + "x".repeat(61);
		OrmSchema schema = OrmSchema.builder()
			.models(Account.class, Post.class)
			.relations(RelationDefinitions.of(Post.class,
					(r) -> r.belongsTo("user", Account.class, Post::userId, (fk) -> fk.constraintName(given))))
			.build();
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> OrmDdl.foreignKeys(schema))
			.withMessageContaining("'" + given + "'")
			.withMessageContaining("64 bytes long; databases keep at most 63");
	}

}
