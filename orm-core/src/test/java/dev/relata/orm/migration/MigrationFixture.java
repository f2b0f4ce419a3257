package dev.relata.orm.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.relata.orm.internal.catalog.CatalogForeignKey;
import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.internal.jdbc.CatalogReader;
import dev.relata.orm.relation.ForeignKeySpec;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Authors and books, a book belonging to its author; tables created without foreign keys,
 * the migration run on a connection of its own, as Flyway hands one.
 */
final class MigrationFixture {

	@Table("mg_authors")
	record Author(@Id Long id, String name) {
	}

	@Table("mg_books")
	record Book(@Id Long id, String title, @Nullable Long authorId, @Nullable Long editorId) {
	}

	static final String KEY = "fk_mg_books_author_id";

	private MigrationFixture() {
	}

	/**
	 * The schema, with the book's author relation configured (or none when null).
	 */
	static OrmSchema schema(@Nullable Consumer<ForeignKeySpec<Author>> author) {
		OrmSchema.Builder builder = OrmSchema.builder().models(Author.class, Book.class);
		if (author != null) {
			builder.relations(RelationDefinitions.of(Book.class,
					(r) -> r.belongsTo("author", Author.class, Book::authorId, author::accept)));
		}
		return builder.build();
	}

	/**
	 * Drops the tables and the bookkeeping table, then creates the tables without keys.
	 */
	static void createTables(TestDatabase db) {
		db.dropTables("mg_books", "mg_authors", ManagedForeignKeys.TABLE);
		db.execute(OrmDdl.createTables(schema(null), db.dialect()).toArray(String[]::new));
	}

	static <R> R onConnection(TestDatabase db, Function<Connection, R> work) {
		try (Connection connection = db.dataSource().getConnection()) {
			return work.apply(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ForeignKeyMigrationResult apply(TestDatabase db, OrmSchema schema) {
		return onConnection(db, (connection) -> ForeignKeyMigration.of(schema).apply(connection));
	}

	static List<ForeignKeyDrift> drift(TestDatabase db, OrmSchema schema) {
		return onConnection(db, (connection) -> ForeignKeyMigration.of(schema).drift(connection));
	}

	/**
	 * The foreign keys of the books table, as the database reports them.
	 */
	static List<CatalogForeignKey> bookKeys(TestDatabase db) {
		return CatalogReader.withConnection(db.dataSource(), null, (reader) -> reader.readTable(null, "mg_books"))
			.map(CatalogTable::foreignKeys)
			.orElseThrow();
	}

	static List<String> managedNames(TestDatabase db) {
		return db.jdbc()
			.queryForList("SELECT constraint_name FROM relata_foreign_keys ORDER BY constraint_name", String.class);
	}

	static void insertAuthorWithBooks(TestDatabase db) {
		db.execute("INSERT INTO mg_authors (id, name) VALUES (1, 'Ada')",
				"INSERT INTO mg_books (id, title, author_id) VALUES (10, 'Notes', 1), (11, 'Letters', 1)");
	}

}
