package dev.relata.sample.blog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foreign keys the sample commits as {@code V2__foreign_keys.sql} are exactly those
 * Relata renders from the relations, so the migration and {@link BlogRelations} cannot
 * drift apart. When a relation's options change, the failure shows the new file.
 */
class ForeignKeyMigrationTests {

	static final String HEADER = "-- The foreign keys of the relations in dev.relata.sample.blog.BlogRelations, as\n"
			+ "-- OrmDdl.render(OrmDdl.foreignKeys(schema), dialect) writes them; ForeignKeyMigrationTests\n"
			+ "-- checks that this file and the relations agree.\n";

	static OrmSchema schema() {
		BlogRelations relations = new BlogRelations();
		return OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, PostTag.class, Category.class,
					Comment.class)
			.relations(relations.userRelations(), relations.postRelations(), relations.categoryRelations(),
					relations.commentRelations())
			.build();
	}

	static String migration(Dialect dialect) {
		List<String> statements = OrmDdl.render(OrmDdl.foreignKeys(schema()), dialect);
		return HEADER + String.join(";\n", statements) + ";\n";
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql", "mariadb" })
	void theCommittedForeignKeysAreThoseOfTheRelations(String vendor) throws IOException {
		Dialect dialect = switch (vendor) {
			case "h2" -> Dialects.H2;
			case "postgresql" -> Dialects.POSTGRESQL;
			default -> Dialects.MARIADB;
		};
		try (InputStream committed = getClass()
			.getResourceAsStream("/db/migration/" + vendor + "/V2__foreign_keys.sql")) {
			String expected = migration(dialect);
			assertThat(committed).as("db/migration/%s/V2__foreign_keys.sql should be:%n%s", vendor, expected)
				.isNotNull();
			assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
		}
	}

}
