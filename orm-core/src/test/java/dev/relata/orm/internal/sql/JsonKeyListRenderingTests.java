package dev.relata.orm.internal.sql;

import java.math.BigInteger;
import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Rendering of {@link JsonTable}, MariaDB's key list: the keys as one JSON text bind,
 * never in the SQL, and {@link JsonArrayText} escaping.
 */
class JsonKeyListRenderingTests {

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private final TableRef posts = TableRef.of("posts", "t1");

	private Select postsOf(JsonTable keys) {
		Select select = Select.builder().select(keys.value()).from(keys).build();
		return Select.builder()
			.select(this.posts.column("id"))
			.from(this.posts)
			.where(new InSelect(this.posts.column("user_id"), select, false))
			.build();
	}

	@Test
	void rendersTheKeysAsOneJsonTextBindReadByJsonTable() {
		JsonTable keys = new JsonTable(List.of(1L, 2L, 30L), Long.class, "t1k", "relata_parent_key");
		RenderedSql rendered = MARIADB.render(postsOf(keys));
		assertThat(rendered.sql()).isEqualTo("SELECT t1.`id` FROM `posts` t1 WHERE t1.`user_id` IN "
				+ "(SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT "
				+ "PATH '$')) t1k)");
		assertThat(rendered.values()).containsExactly("[1,2,30]");
		assertThat(rendered.binds()).containsExactly(new Bind("[1,2,30]", String.class));
	}

	@Test
	void namesTheColumnTypeOfTheKeys() {
		JsonTable keys = new JsonTable(List.of(7), Integer.class, "t1k", "relata_parent_key");
		assertThat(MARIADB.render(postsOf(keys)).sql()).contains("COLUMNS(`relata_parent_key` INT PATH '$')");
	}

	@Test
	void refusesJsonTableWhereTheDialectReadsNoSuchKeys() {
		JsonTable keys = new JsonTable(List.of(1L), Long.class, "t1k", "relata_parent_key");
		assertThatIllegalStateException().isThrownBy(() -> new SqlRenderer(Dialects.POSTGRESQL).render(postsOf(keys)))
			.withMessage("PostgreSQL does not read java.lang.Long keys from JSON_TABLE; render an IN list of binds "
					+ "instead");
		assertThatIllegalStateException().isThrownBy(() -> new SqlRenderer(Dialects.MYSQL).render(postsOf(keys)));
		assertThatIllegalStateException().isThrownBy(() -> new SqlRenderer(Dialects.H2).render(postsOf(keys)));
		JsonTable text = new JsonTable(List.of("a"), String.class, "t1k", "relata_parent_key");
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(postsOf(text)));
	}

	@Test
	void writesIntegralNumbersAsTheyAre() {
		assertThat(JsonArrayText.of(List.of())).isEqualTo("[]");
		assertThat(JsonArrayText.of(List.of(Long.MIN_VALUE, -1, (short) 2, (byte) 3, Long.MAX_VALUE)))
			.isEqualTo("[-9223372036854775808,-1,2,3,9223372036854775807]");
		assertThat(JsonArrayText.of(List.of(new BigInteger("123456789012345678901234567890"))))
			.isEqualTo("[123456789012345678901234567890]");
	}

	@Test
	void escapesQuotesBackslashesAndControlCharactersInText() {
		assertThat(JsonArrayText
			.of(List.of("plain", "a\"b", "back\\slash", "line\nfeed", "tab\t", "\u0001", "é€😀", "') OR 1=1 --")))
			.isEqualTo("[\"plain\",\"a\\\"b\",\"back\\\\slash\",\"line\\nfeed\",\"tab\\t\",\"\\u0001\",\"é€😀\","
					+ "\"') OR 1=1 --\"]");
	}

	@Test
	void refusesValuesItCannotWriteExactly() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonArrayText.of(List.of(1.5)))
			.withMessageContaining("java.lang.Double");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonArrayText.of(java.util.Arrays.asList(1L, null)));
	}

}
