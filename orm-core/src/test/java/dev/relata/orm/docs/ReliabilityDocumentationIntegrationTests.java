package dev.relata.orm.docs;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of {@code docs/reliability.md}, run on every database: each method holds
 * the code of one snippet, unchanged, and checks what the page says.
 */
class ReliabilityDocumentationIntegrationTests {

	@Table("rd_tags")
	public record Tag(@Id Long id, String name) {
	}

	@DatabaseTest
	void literalTextMatchesUserInputSafely(TestDatabase db) {
		db.recreate("rd_tags", "CREATE TABLE rd_tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL)");
		db.execute("INSERT INTO rd_tags (name) VALUES ('50% off'), ('500'), ('a_b'), ('axb')");
		OrmRepository<Tag> tags = Orm.create(db.dataSource(), OrmSchema.builder().models(Tag.class).build())
			.repository(Tag.class);
		// doc snippet start
		List<Tag> discounts = tags.query().whereContains("name", "50%").many(); // not
																				// "500"
		List<Tag> prefixed = tags.query().whereStartsWith("name", "a_").many(); // "a_b",
																				// not
																				// "axb"
		// doc snippet end
		assertThat(discounts).extracting(Tag::name).containsExactly("50% off");
		assertThat(prefixed).extracting(Tag::name).containsExactly("a_b");
	}

}
