package dev.relata.orm.ddl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.ValueConverter;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tables created by {@link OrmDdl#createTables} on each database: every value type round
 * trips through the repository, constraints hold, and relations load across the created
 * foreign keys.
 */
class CreateTablesIntegrationTests {

	enum Status {

		ACTIVE, RETIRED

	}

	record Money(long cents) {
	}

	@Table("ct_values")
	record Values(@Id Long id, @Column(length = 80, nullable = false) String name,
			@Column(precision = 12, scale = 2) BigDecimal price, @Nullable BigDecimal ratio, int count,
			@Nullable Short small, @Nullable Byte tiny, boolean flag, @Nullable Double weight, @Nullable Float factor,
			@Nullable Character grade, @Column(unique = true) @Nullable UUID token, byte @Nullable [] data,
			@Nullable LocalDate day, @Nullable LocalTime at, @Nullable LocalDateTime local, @Nullable Instant created,
			@Nullable OffsetDateTime offset, @Column(length = 20) @Nullable Status status, @Nullable Money amount) {
	}

	@Table("ct_authors")
	record Author(@Id Long id, String name, @Nullable List<Book> books) {
	}

	@Table("ct_books")
	record Book(@Id Long id, String title, Long authorId, @Nullable Author author) {
	}

	@Table("ct_categories")
	record Category(@Id Long id, String name, @Nullable Long parentId, @Nullable List<Category> children) {
	}

	@Table("ct_users")
	record User(@Id Long id, String name, @Nullable Long bestPostId) {
	}

	@Table("ct_posts")
	record Post(@Id Long id, String title, Long userId) {
	}

	private static final ValueConverter<Money, Long> MONEY = ValueConverter.of(Money.class, Long.class, Money::cents,
			Money::new);

	@DatabaseTest
	void everyValueTypeRoundTripsThroughTheRepository(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder().models(Values.class).converters(MONEY).build();
		DdlDatabase.create(db, schema);
		OrmRepository<Values> values = Orm.create(db.dataSource(), schema).repository(Values.class);
		Values written = new Values(null, "all", new BigDecimal("1234567890.25"), new BigDecimal("0.125"), 7,
				(short) 300, (byte) 12, true, 2.25, 1.5f, 'Q', UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
				new byte[] { 1, 2, (byte) 255 }, LocalDate.of(2024, 2, 29), LocalTime.of(13, 14, 15, 123456000),
				LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456000), Instant.parse("2024-02-29T13:14:15.123456Z"),
				OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 123456000, ZoneOffset.UTC), Status.RETIRED, new Money(1999));
		Values inserted = values.insert(written);
		assertThat(inserted.id()).isNotNull();
		Values read = values.findById(inserted.id()).orElseThrow();
		assertThat(read).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(inserted);
		assertThat(db.jdbc().queryForObject("SELECT status FROM ct_values", String.class)).isEqualTo("RETIRED");
		assertThat(db.jdbc().queryForObject("SELECT amount FROM ct_values", Long.class)).isEqualTo(1999L);
	}

	@DatabaseTest
	void nullsAreKeptAndConstraintsHold(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder().models(Values.class).converters(MONEY).build();
		DdlDatabase.create(db, schema);
		OrmRepository<Values> values = Orm.create(db.dataSource(), schema).repository(Values.class);
		Values sparse = values.insert(new Values(null, "sparse", null, null, 0, null, null, false, null, null, null,
				UUID.fromString("00000000-0000-0000-0000-000000000001"), null, null, null, null, null, null, null,
				null));
		assertThat(values.findById(sparse.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(sparse);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> values.insert(new Values(null, "same token", null, null, 0, null, null, false, null, null,
					null, sparse.token(), null, null, null, null, null, null, null, null)));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("INSERT INTO ct_values (name, count, flag) VALUES (NULL, 1, TRUE)"));
		assertThat(values.query().count()).isEqualTo(1);
	}

	@DatabaseTest
	void relationsLoadAcrossTheCreatedForeignKey(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(Book.class, Author.class)
			.relations(
					RelationDefinitions.of(Author.class,
							(r) -> r.hasMany("books", Book.class, Book::authorId,
									(fk) -> fk.onDelete(ReferentialAction.CASCADE).index())),
					RelationDefinitions.of(Book.class, (r) -> r.belongsTo("author", Author.class, Book::authorId)))
			.build();
		List<String> statements = DdlDatabase.create(db, schema);
		assertThat(statements).hasSize(4);
		assertThat(statements.get(0)).containsIgnoringCase("ct_authors");
		Orm orm = Orm.create(db.dataSource(), schema);
		Author ada = orm.repository(Author.class).insert(new Author(null, "Ada", null));
		Author alan = orm.repository(Author.class).insert(new Author(null, "Alan", null));
		OrmRepository<Book> books = orm.repository(Book.class);
		books.insertAll(List.of(new Book(null, "Notes", ada.id(), null), new Book(null, "Sketches", ada.id(), null),
				new Book(null, "Machines", alan.id(), null)));
		List<Author> authors = orm.repository(Author.class).query().orderBy("id").load("books").many();
		assertThat(authors).extracting((author) -> author.books().stream().map(Book::title).toList())
			.containsExactly(List.of("Notes", "Sketches"), List.of("Machines"));
		assertThat(books.query().where("title", "Machines").load("author").single().author().name()).isEqualTo("Alan");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> books.insert(new Book(null, "Orphan", 999L, null)));
		orm.repository(Author.class).deleteById(ada.id());
		assertThat(books.query().many()).extracting(Book::title).containsExactly("Machines");
	}

	@DatabaseTest
	void selfReferencesLoadTheirChildren(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(Category.class)
			.relations(RelationDefinitions.of(Category.class,
					(r) -> r.hasMany("children", Category.class, Category::parentId,
							(fk) -> fk.onDelete(ReferentialAction.SET_NULL))))
			.build();
		DdlDatabase.create(db, schema);
		OrmRepository<Category> categories = Orm.create(db.dataSource(), schema).repository(Category.class);
		Category root = categories.insert(new Category(null, "root", null, null));
		categories.insert(new Category(null, "leaf", root.id(), null));
		Category loaded = categories.query().whereNull("parentId").load("children").single();
		assertThat(loaded.children()).extracting(Category::name).containsExactly("leaf");
		categories.deleteById(root.id());
		assertThat(categories.query().single().parentId()).isNull();
	}

	@DatabaseTest
	void tablesThatReferenceEachOtherAreCreatedBeforeTheirForeignKeys(TestDatabase db) {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(Post.class, (r) -> r.belongsTo("user", User.class, Post::userId)),
					RelationDefinitions.of(User.class, (r) -> r.belongsTo("bestPost", Post.class, User::bestPostId)))
			.build();
		DdlDatabase.create(db, schema);
		db.execute("INSERT INTO ct_users (id, name) VALUES (1, 'Ada')",
				"INSERT INTO ct_posts (id, title, user_id) VALUES (1, 'Notes', 1)",
				"UPDATE ct_users SET best_post_id = 1 WHERE id = 1");
		assertThat(db.jdbc().queryForObject("SELECT best_post_id FROM ct_users", Long.class)).isEqualTo(1L);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("UPDATE ct_users SET best_post_id = 2 WHERE id = 1"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> db.jdbc().update("INSERT INTO ct_posts (id, title, user_id) VALUES (2, 'x', 2)"));
	}

}
