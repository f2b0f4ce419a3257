package dev.relata.orm.docs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmMappingException;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownPropertyException;
import dev.relata.orm.exception.ValueConversionException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.Nulls;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.NamingStrategy;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.ValueConverter;
import dev.relata.orm.schema.Version;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/models-and-queries.md}, run on every database: each method
 * holds the code of one group of snippets, unchanged, and checks what the page says.
 */
class ModelsAndQueriesDocumentationIntegrationTests {

	// --- models (docs: "Models") ---

	@Table("users")
	public record User(@Id Long id, String name, Integer age, Boolean active, String note) {
	}

	@Table("customers")
	public static class Customer {

		private Long id;

		private String name;

		public Customer() {
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@Table(value = "daily_sales", schema = "reporting")
	public record DailySale(@Id LocalDate day, BigDecimal total) {
	}

	@Table("articles")
	public record Article(Long id, @Column(length = 200, nullable = false) String title,
			@Column("body_text") String body, @Column(precision = 10, scale = 2, unique = true) BigDecimal price,
			@Version Integer version) {
	}

	@Table("tags")
	public record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	public record UserTag(@Id Long userId, @Id Long tagId, String addedBy) {
	}

	@Table("authors")
	public record Author(@Id Long id, String name, Long publisherId, List<Book> books, Publisher publisher,
			Long booksCount) {
		public Author {
			books = books == null ? null : List.copyOf(books);
		}
	}

	public record Book(@Id Long id, String title, Long authorId) {
	}

	public record Publisher(@Id Long id, String name) {
	}

	// --- values (docs: "Types") ---

	public enum Status {

		DRAFT, PUBLISHED

	}

	@Table("events")
	public record Event(@Id Long id, Status status, UUID ref, Instant occurredAt, OffsetDateTime scheduledAt,
			LocalDate dueDate, LocalTime startsAt, LocalDateTime localTime, BigDecimal amount, byte[] payload,
			boolean urgent, Character grade, Short priority, Byte level, Double ratio, Float weight) {
	}

	public record Email(String address) {
	}

	@Table("subscribers")
	public record Subscriber(@Id Long id, Email email) {
	}

	static OrmSchema schema() {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Customer.class, Article.class, Tag.class, UserTag.class, Author.class, Book.class,
					Publisher.class, Event.class, Subscriber.class)
			.namingStrategy(NamingStrategy.SNAKE_CASE)
			.converters(ValueConverter.of(Email.class, String.class, Email::address, Email::new))
			.relations(RelationDefinitions.of(Author.class,
					(r) -> r.hasMany("books", Book.class, Book::authorId)
						.belongsTo("publisher", Publisher.class, Author::publisherId)))
			.build();
		return schema;
	}

	static OrmRepository<User> users(TestDatabase db) {
		db.recreate("users", "CREATE TABLE users (id " + db.identity()
				+ ", name VARCHAR(100) NOT NULL, age INT, active BOOLEAN, note VARCHAR(200))");
		OrmRepository<User> users = Orm.create(db.dataSource(), schema()).repository(User.class);
		users.insertAll(List.of(new User(null, "Ada", 36, true, null), new User(null, "Grace", 45, true, "admiral"),
				new User(null, "Alan", 41, false, null), new User(null, "Linus", null, true, "kernel")));
		return users;
	}

	static List<String> names(List<User> users) {
		return users.stream().map(User::name).sorted().toList();
	}

	@DatabaseTest
	void modelsAreRecordsOrClasses(TestDatabase db) {
		db.recreate("customers", "CREATE TABLE customers (id " + db.identity() + ", name VARCHAR(100))");
		Orm orm = Orm.create(db.dataSource(), schema());
		Customer customer = new Customer();
		customer.setName("Initech");
		Customer saved = orm.repository(Customer.class).insert(customer);
		assertThat(saved.getId()).isNotNull();
		assertThat(orm.repository(Customer.class).findById(saved.getId())).get()
			.extracting(Customer::getName)
			.isEqualTo("Initech");
		OrmSchema reporting = OrmSchema.builder().models(DailySale.class).build();
		assertThat(reporting.model(DailySale.class).schemaName()).isEqualTo("reporting");
		assertThat(reporting.model(DailySale.class).keys()).extracting((p) -> p.name()).containsExactly("day");
	}

	@DatabaseTest
	void columnsAreNamedByTheNamingStrategyOrColumn(TestDatabase db) {
		OrmSchema schema = schema();
		assertThat(schema.model(Article.class).property("body").column()).isEqualTo("body_text");
		assertThat(schema.model(Article.class).property("title").options().nullable()).isFalse();
		assertThat(schema.model(Article.class).keys()).extracting((p) -> p.name()).containsExactly("id");
		assertThat(schema.model(UserTag.class).property("tagId").column()).isEqualTo("tag_id");
		OrmSchema asIs = OrmSchema.builder().models(UserTag.class).namingStrategy(NamingStrategy.AS_IS).build();
		assertThat(asIs.model(UserTag.class).property("tagId").column()).isEqualTo("tagId");
		assertThat(schema.model(Subscriber.class).property("email").kind()).hasToString("COLUMN");
	}

	@DatabaseTest
	void keysAreGeneratedWhenNullAndAssignedOtherwise(TestDatabase db) {
		db.recreate("tags", "CREATE TABLE tags (id " + db.identity() + ", name VARCHAR(50))");
		OrmRepository<Tag> tags = Orm.create(db.dataSource(), schema()).repository(Tag.class);
		Tag generated = tags.insert(new Tag(null, "java")); // the database assigns the id
		Tag assigned = tags.insert(new Tag(1000L, "sql")); // id 1000 is inserted as given
		assertThat(generated.id()).isNotNull().isNotEqualTo(1000L);
		assertThat(assigned.id()).isEqualTo(1000L);
		assertThat(tags.findById(1000L)).contains(assigned);
	}

	@DatabaseTest
	void compositeKeysUseKeyOf(TestDatabase db) {
		db.recreate("user_tags", "CREATE TABLE user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
				+ "added_by VARCHAR(50), PRIMARY KEY (user_id, tag_id))");
		OrmRepository<UserTag> userTags = Orm.create(db.dataSource(), schema()).repository(UserTag.class);
		userTags.insert(new UserTag(1L, 2L, "import"));
		Optional<UserTag> found = userTags.findById(Key.of(1L, 2L));
		boolean deleted = userTags.deleteById(Key.of(1L, 2L));
		assertThat(found).contains(new UserTag(1L, 2L, "import"));
		assertThat(deleted).isTrue();
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> userTags.findById(1L))
			.withMessage("UserTag has a composite key (userId, tagId); pass Key.of(userId, tagId)");
	}

	@DatabaseTest
	void slotsAreNeverReadOrWrittenYet(TestDatabase db) {
		db.recreate("authors",
				"CREATE TABLE authors (id " + db.identity() + ", name VARCHAR(100), publisher_id BIGINT)");
		OrmRepository<Author> authors = Orm.create(db.dataSource(), schema()).repository(Author.class);
		Author ursula = authors.insert(new Author(null, "Ursula", null, null, null, null));
		Author read = authors.findById(ursula.id()).orElseThrow();
		assertThat(read.books()).isNull(); // not loaded
		assertThat(read.publisher()).isNull();
		assertThat(read.booksCount()).isNull();
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(
				() -> authors.insert(new Author(null, "Iain", null, List.of(new Book(null, "x", null)), null, null)))
			.withMessageStartingWith("Author.books is a relation slot and must be null for insert");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> authors.query().where("booksCount", 1).many())
			.withMessage("Author.booksCount is an aggregate slot, not a column; conditions and ordering take "
					+ "columns: id, name, publisherId");
	}

	@DatabaseTest
	void valuesAreStoredThroughOnePerDatabaseTable(TestDatabase db) {
		db.recreate("events", switch (db.kind()) {
			case POSTGRESQL -> "CREATE TABLE events (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
					+ "status VARCHAR(20), ref UUID, occurred_at TIMESTAMP WITH TIME ZONE, "
					+ "scheduled_at TIMESTAMP WITH TIME ZONE, due_date DATE, starts_at TIME, local_time TIMESTAMP, "
					+ "amount NUMERIC(10,2), payload BYTEA, urgent BOOLEAN NOT NULL, grade CHAR(1), "
					+ "priority SMALLINT, level SMALLINT, ratio DOUBLE PRECISION, weight REAL)";
			case MARIADB -> "CREATE TABLE events (id BIGINT AUTO_INCREMENT PRIMARY KEY, status VARCHAR(20), "
					+ "ref UUID, occurred_at DATETIME(6), scheduled_at DATETIME(6), due_date DATE, starts_at TIME(6), "
					+ "local_time DATETIME(6), amount DECIMAL(10,2), payload BLOB, urgent BOOLEAN NOT NULL, "
					+ "grade CHAR(1), priority SMALLINT, level TINYINT, ratio DOUBLE, weight FLOAT)";
			case H2 -> "CREATE TABLE events (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
					+ "status VARCHAR(20), ref UUID, occurred_at TIMESTAMP WITH TIME ZONE, "
					+ "scheduled_at TIMESTAMP WITH TIME ZONE, due_date DATE, starts_at TIME(6), local_time TIMESTAMP(6), "
					+ "amount NUMERIC(10,2), payload VARBINARY(1000), urgent BOOLEAN NOT NULL, grade CHAR(1), "
					+ "priority SMALLINT, level TINYINT, ratio DOUBLE PRECISION, weight REAL)";
		});
		OrmRepository<Event> events = Orm.create(db.dataSource(), schema()).repository(Event.class);
		OffsetDateTime inParis = OffsetDateTime.parse("2024-03-01T10:15:30.123456+01:00");
		Event saved = events
			.insert(new Event(null, Status.PUBLISHED, UUID.fromString("3f1c2a9e-8d4b-4c6e-9f0a-1b2c3d4e5f60"),
					inParis.toInstant(), inParis, LocalDate.of(2024, 3, 1), LocalTime.of(9, 30, 15, 123_456_000),
					LocalDateTime.of(2024, 3, 1, 9, 30, 15, 123_456_000), new BigDecimal("12.50"),
					new byte[] { 1, 2, 3 }, true, 'A', (short) 2, (byte) 3, 0.5d, 0.25f));
		Event read = events.findById(saved.id()).orElseThrow();
		assertThat(read.scheduledAt()).isEqualTo(OffsetDateTime.parse("2024-03-01T09:15:30.123456Z"));
		assertThat(read.scheduledAt().getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(read.occurredAt()).isEqualTo(Instant.parse("2024-03-01T09:15:30.123456Z"));
		assertThat(read).usingRecursiveComparison().ignoringFields("scheduledAt", "amount").isEqualTo(saved);
		assertThat(read.amount()).isEqualByComparingTo("12.50");
		assertThat(events.query()
			.where("status", "PUBLISHED")
			.where("ref", "3f1c2a9e-8d4b-4c6e-9f0a-1b2c3d4e5f60")
			.count()).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT status FROM events", String.class)).isEqualTo("PUBLISHED");
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(db.jdbc().queryForObject("SELECT CAST(occurred_at AS CHAR) FROM events", String.class))
				.isEqualTo("2024-03-01 09:15:30.123456");
		}
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			db.execute("DROP TABLE events", "DROP TYPE IF EXISTS event_status",
					"CREATE TYPE event_status AS ENUM ('DRAFT', 'PUBLISHED')",
					"CREATE TABLE events (id BIGSERIAL PRIMARY KEY, status event_status, ref UUID, occurred_at "
							+ "TIMESTAMPTZ, scheduled_at TIMESTAMPTZ, due_date DATE, starts_at TIME, local_time TIMESTAMP, "
							+ "amount NUMERIC, payload BYTEA, urgent BOOLEAN NOT NULL, grade CHAR(1), priority "
							+ "SMALLINT, level SMALLINT, ratio DOUBLE PRECISION, weight REAL)");
			Event draft = events.insert(new Event(null, Status.DRAFT, null, null, null, null, null, null, null, null,
					false, null, null, null, null, null));
			assertThat(events.query().where("status", Status.DRAFT).single()).isEqualTo(draft);
		}
	}

	// --- array columns (docs: "Array columns") ---

	@Table("recipes")
	public record Recipe(@Id Long id, String name, List<String> tags, List<Integer> ratings) {
	}

	@DatabaseTest
	void listsAreStoredInArrayColumns(TestDatabase db) {
		boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
		db.recreate("recipes", "CREATE TABLE recipes (id " + db.identity() + ", name VARCHAR(50), tags "
				+ (postgres ? "TEXT[]" : (db.kind() == DatabaseKind.H2) ? "VARCHAR(50) ARRAY" : "TEXT") + ", ratings "
				+ (postgres ? "INTEGER[]" : (db.kind() == DatabaseKind.H2) ? "INTEGER ARRAY" : "TEXT") + ")");
		OrmRepository<Recipe> recipes = Orm.create(db.dataSource(), OrmSchema.builder().models(Recipe.class).build())
			.repository(Recipe.class);
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> recipes.findById(1L))
				.withMessageContaining("Recipe.tags")
				.withMessageContaining("MariaDB");
			return;
		}
		Recipe soup = recipes.insert(new Recipe(null, "soup", List.of("vegan", "hot"), List.of(5, 4)));
		List<Recipe> vegan = recipes.query().whereArrayContains("tags", "vegan").many(); // soup
		List<Recipe> exact = recipes.query().where("tags", List.of("vegan", "hot")).many(); // soup
		List<Recipe> rated = recipes.query().whereArrayContains("ratings", 5).many(); // soup
		recipes.insert(new Recipe(null, "salad", List.of("cold"), List.of()));
		assertThat(vegan).containsExactly(soup);
		assertThat(exact).containsExactly(soup);
		assertThat(rated).containsExactly(soup);
		assertThat(recipes.findById(soup.id())).contains(soup);
		assertThat(recipes.query().whereArrayContains("tags", "vegan").count()).isOne();
	}

	@DatabaseTest
	void valueConvertersStoreOtherTypes(TestDatabase db) {
		db.recreate("subscribers", "CREATE TABLE subscribers (id " + db.identity() + ", email VARCHAR(200))");
		OrmSchema schema = OrmSchema.builder()
			.models(Subscriber.class)
			.converters(ValueConverter.of(Email.class, String.class, Email::address, Email::new))
			.build();
		OrmRepository<Subscriber> subscribers = Orm.create(db.dataSource(), schema).repository(Subscriber.class);
		subscribers.insert(new Subscriber(null, new Email("ada@example.org")));
		List<Subscriber> found = subscribers.query().where("email", new Email("ada@example.org")).many();
		assertThat(found).extracting(Subscriber::email).containsExactly(new Email("ada@example.org"));
		assertThat(db.jdbc().queryForObject("SELECT email FROM subscribers", String.class))
			.isEqualTo("ada@example.org");
	}

	@DatabaseTest
	void identifiersAreFoldedAndValuesAlwaysBound(TestDatabase db) {
		users(db);
		List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
		Orm orm = Orm.builder(db.dataSource(), schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				statements.add(statement);
			}
		}).build();
		List<User> none = orm.repository(User.class).query().where("name", "Robert'); DROP TABLE users; --").many();
		assertThat(none).isEmpty();
		ExecutedStatement select = statements.get(0);
		assertThat(select.sql()).contains(switch (db.kind()) {
			case POSTGRESQL -> "FROM \"users\" t0 WHERE t0.\"name\" = ?";
			case MARIADB -> "FROM `users` t0 WHERE t0.`name` = ?";
			case H2 -> "FROM \"USERS\" t0 WHERE t0.\"NAME\" = ?";
		});
		assertThat(select.binds()).containsExactly("Robert'); DROP TABLE users; --");
		assertThat(orm.repository(User.class).query().count()).isEqualTo(4);
	}

	@DatabaseTest
	void theOrmIsCreatedOrBuilt(TestDatabase db) {
		users(db);
		OrmSchema schema = schema();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(db.dataSource());
		List<String> sql = new CopyOnWriteArrayList<>();
		StatementListener listener = new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				sql.add(statement.sql());
			}
		};
		Orm orm = Orm.create(db.dataSource(), schema);
		Orm tuned = Orm.builder(db.dataSource(), schema)
			.dialect(Dialects.POSTGRESQL)
			.settings((s) -> s.statementTimeout(Duration.ofSeconds(30)))
			.observationRegistry(observationRegistry)
			.transactionManager(transactionManager)
			.statementListener(listener)
			.build();
		assertThat(orm.dialect().name()).isEqualTo(db.kind().displayName());
		assertThat(tuned.dialect()).isSameAs(Dialects.POSTGRESQL);
		assertThat(tuned.settings().statementTimeout()).contains(Duration.ofSeconds(30));
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(tuned.repository(User.class).query().count()).isEqualTo(4);
			assertThat(sql).hasSize(1);
		}
	}

	@DatabaseTest
	void whereFormsFilterRows(TestDatabase db) {
		OrmRepository<User> users = users(db);
		User ada = users.query().where("name", "Ada").single();
		List<User> adults = users.query().where("age", ">=", 40).many(); // Grace, Alan
		List<User> withoutNote = users.query().where("note", null).many(); // IS NULL:
																			// Ada, Alan
		List<User> withNote = users.query().where("note", "<>", null).many(); // IS NOT
																				// NULL:
																				// Grace,
																				// Linus
		List<User> typed = users.query().where(User::age).gt(40).where(User::name).like("A%").many(); // Alan
		List<User> either = users.query().where("age", 36).orWhere("name", "Linus").many(); // Ada,
																							// Linus
		List<User> precedence = users.query().where("active", true).where("age", ">", 40).orWhere("name", "Ada").many(); // (active
																															// AND
																															// age
																															// >
																															// 40)
																															// OR
																															// name
																															// =
																															// 'Ada':
																															// Grace,
																															// Ada
		List<User> grouped = users.query()
			.where("active", true)
			.whereGroup((g) -> g.where("age", "<", 40).orWhere("note", "kernel"))
			.many(); // active AND (age < 40 OR note = 'kernel'): Ada, Linus
		List<User> listed = users.query().whereIn("name", List.of("Ada", "Alan")).many(); // Ada,
																							// Alan
		List<User> nothing = users.query().whereIn("name", List.of()).many(); // empty IN:
																				// no row
		List<User> everything = users.query().whereNotIn("name", List.of()).many(); // empty
																					// NOT
																					// IN:
																					// every
																					// row
		List<User> ageless = users.query().whereNull("age").many(); // Linus
		Optional<User> byKey = users.query().whereKey(ada.id()).one();
		List<User> converted = users.query().where("id", ada.id().intValue()).many(); // 1
																						// is
																						// bound
																						// as
																						// 1L
		List<User> namesOnly = users.query().select("name").where("name", "Ada").many(); // id
																							// and
																							// name
																							// read
		assertThat(names(adults)).containsExactly("Alan", "Grace");
		assertThat(names(withoutNote)).containsExactly("Ada", "Alan");
		assertThat(names(withNote)).containsExactly("Grace", "Linus");
		assertThat(names(typed)).containsExactly("Alan");
		assertThat(names(either)).containsExactly("Ada", "Linus");
		assertThat(names(precedence)).containsExactly("Ada", "Grace");
		assertThat(names(grouped)).containsExactly("Ada", "Linus");
		assertThat(names(listed)).containsExactly("Ada", "Alan");
		assertThat(nothing).isEmpty();
		assertThat(everything).hasSize(4);
		assertThat(names(ageless)).containsExactly("Linus");
		assertThat(byKey).contains(ada);
		assertThat(converted).containsExactly(ada);
		assertThat(namesOnly).containsExactly(new User(ada.id(), "Ada", null, null, null));
	}

	@DatabaseTest
	void orderingPutsNullsLowestAndPagingSlices(TestDatabase db) {
		OrmRepository<User> users = users(db);
		List<User> ascending = users.query().orderBy("age").many(); // Linus (null), Ada,
																	// Alan, Grace
		List<User> descending = users.query().orderBy("age", Direction.DESC).many(); // Grace,
																						// Alan,
																						// Ada,
																						// Linus
		// Ada, Alan, Grace, Linus (null)
		List<User> nullsLast = users.query().orderBy("age", Direction.ASC, Nulls.LAST).many();
		List<User> page = users.query().orderBy("name").orderBy("id").limit(2).offset(1).many(); // Alan,
																									// Grace
		assertThat(ascending).extracting(User::name).containsExactly("Linus", "Ada", "Alan", "Grace");
		assertThat(descending).extracting(User::name).containsExactly("Grace", "Alan", "Ada", "Linus");
		assertThat(nullsLast).extracting(User::name).containsExactly("Ada", "Alan", "Grace", "Linus");
		assertThat(page).extracting(User::name).containsExactly("Alan", "Grace");
		List<String> sql = new CopyOnWriteArrayList<>();
		OrmRepository<User> logged = Orm.builder(db.dataSource(), schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				sql.add(statement.sql());
			}
		}).build().repository(User.class);
		logged.query().orderBy("age").many();
		logged.query().orderBy("age", Direction.ASC, Nulls.LAST).many();
		logged.query().orderBy("id").many();
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(sql.get(0)).endsWith("ORDER BY t0.`age` ASC");
			assertThat(sql.get(1)).contains("ORDER BY (t0.`age` IS NULL) ASC, t0.`age` ASC");
		}
		else {
			assertThat(sql.get(0)).endsWith(" NULLS FIRST");
			assertThat(sql.get(1)).endsWith(" NULLS LAST");
		}
		assertThat(sql.get(2)).doesNotContain("NULL");
	}

	@DatabaseTest
	void terminalsRunTheQueryOnce(TestDatabase db) {
		OrmRepository<User> users = users(db);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		List<User> active = users.query().where("active", true).many(); // 3 users
		Optional<User> ada = users.query().where("name", "Ada").one(); // present
		Optional<User> nobody = users.query().where("name", "Nobody").one(); // empty
		User grace = users.query().where("name", "Grace").single();
		Optional<User> oldest = users.query().orderBy("age", Direction.DESC).first(); // Grace
		long count = users.query().where("active", true).count(); // 3
		boolean any = users.query().where("age", ">", 100).exists(); // false
		List<String> streamed = transactions.execute((status) -> {
			try (Stream<User> stream = users.query().orderBy("name").stream()) {
				return stream.map(User::name).toList();
			}
		});
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> users.query().where("active", true).one());
		assertThatExceptionOfType(EmptyResultDataAccessException.class)
			.isThrownBy(() -> users.query().where("name", "Nobody").single());
		assertThat(active).hasSize(3);
		assertThat(ada).get().extracting(User::age).isEqualTo(36);
		assertThat(nobody).isEmpty();
		assertThat(grace.note()).isEqualTo("admiral");
		assertThat(oldest).contains(grace);
		assertThat(count).isEqualTo(3);
		assertThat(any).isFalse();
		assertThat(streamed).containsExactly("Ada", "Alan", "Grace", "Linus");
		transactions.executeWithoutResult((status) -> {
			User locked = users.query().where("name", "Ada").lock().single(); // SELECT
																				// ... FOR
																				// UPDATE
			users.update(new User(locked.id(), locked.name(), locked.age() + 1, locked.active(), locked.note()));
		});
		assertThat(users.query().where("name", "Ada").single().age()).isEqualTo(37);
	}

	@DatabaseTest
	void writesInsertUpdateAndDeleteByKey(TestDatabase db) {
		db.recreate("tags", "CREATE TABLE tags (id " + db.identity() + ", name VARCHAR(50))");
		List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
		Orm orm = Orm.builder(db.dataSource(), schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				statements.add(statement);
			}
		}).build();
		OrmRepository<Tag> tags = orm.repository(Tag.class);
		List<Tag> saved = tags.insertAll(
				List.of(new Tag(null, "java"), new Tag(null, "sql"), new Tag(2000L, "h2"), new Tag(2001L, "jdbc"))); // two
																														// batches:
																														// assigned
																														// keys,
																														// generated
																														// keys
		Tag java = tags.update(new Tag(saved.get(0).id(), "Java"));
		tags.delete(java);
		boolean deleted = tags.deleteById(2000L); // true
		boolean again = tags.deleteById(2000L); // false: no such row
		assertThat(saved).extracting(Tag::id).doesNotContainNull().contains(2000L, 2001L);
		assertThat(statements.subList(0, 2)).extracting(ExecutedStatement::batchSize).containsExactly(2, 2);
		assertThat(deleted).isTrue();
		assertThat(again).isFalse();
		assertThat(tags.query().orderBy("name").many()).extracting(Tag::name).containsExactly("jdbc", "sql");
		assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
			.isThrownBy(() -> tags.update(new Tag(9999L, "gone")))
			.withMessage("No Tag with key 9999 to update");
	}

	@DatabaseTest
	void versionsLockOptimistically(TestDatabase db) {
		db.recreate("articles", "CREATE TABLE articles (id " + db.identity() + ", title VARCHAR(200) NOT NULL, "
				+ "body_text VARCHAR(1000), price DECIMAL(10,2) UNIQUE, version INT NOT NULL)");
		OrmRepository<Article> articles = Orm.create(db.dataSource(), schema()).repository(Article.class);
		Article draft = articles.insert(new Article(null, "Relata", "...", null, null)); // version
																							// 0
		Article edited = articles.update(new Article(draft.id(), "Relata 0.1", "...", null, draft.version()));
		assertThat(draft.version()).isZero();
		assertThat(edited.version()).isEqualTo(1);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> articles.update(draft))
			.withMessage("Cannot update Article with key " + draft.id() + " at version 0: it was changed or "
					+ "deleted since it was read");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> articles.delete(draft));
		int touched = articles.query().where("title", "Relata 0.1").update((s) -> s.set("body", "Released"));
		assertThat(touched).isEqualTo(1);
		assertThat(articles.findById(draft.id()).orElseThrow().version()).isEqualTo(2);
	}

	@DatabaseTest
	void setBasedWritesChangeEveryMatchingRow(TestDatabase db) {
		OrmRepository<User> users = users(db);
		int updated = users.query().where("active", false).update((s) -> s.set("note", "inactive").set("age", null));
		int deleted = users.query().whereNull("age").delete(); // Alan and Linus
		assertThat(updated).isEqualTo(1);
		assertThat(deleted).isEqualTo(2);
		assertThat(names(users.query().many())).containsExactly("Ada", "Grace");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().where("active", true).orderBy("name").limit(1).delete())
			.withMessage("A set-based delete of User applies to every matching row and cannot use limit, orderBy; "
					+ "narrow it with where conditions");
	}

	@DatabaseTest
	void writesJoinTheCallersTransaction(TestDatabase db) {
		OrmRepository<User> users = users(db);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				users.insert(new User(null, "Barbara", 30, true, null));
				try {
					users.insert(new User(null, null, 1, true, null)); // name is NOT NULL
																		// in the table
				}
				catch (DataIntegrityViolationException ex) {
					// caught, but the transaction is already marked rollback-only
				}
			}));
		assertThat(users.query().where("name", "Barbara").exists()).isFalse();
	}

	@DatabaseTest
	void errorsNameTheProblemAndTheFix(TestDatabase db) {
		OrmRepository<User> users = users(db);
		db.recreate("tags", "CREATE TABLE tags (id " + db.identity() + ", name VARCHAR(50))");
		OrmRepository<Tag> tags = Orm.create(db.dataSource(), schema()).repository(Tag.class);
		tags.insert(new Tag(1L, "java"));
		assertThatExceptionOfType(UnknownPropertyException.class)
			.isThrownBy(() -> users.query().where("nmae", "Ada").many())
			.withMessage("User has no property or column 'nmae'; it has: id, name, age, active, note");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> users.query().where("age", "forty").many())
			.withMessage("Cannot use a java.lang.String as User.age (java.lang.Integer)");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.query().where("age", "between", 1).many())
			.withMessage("Unknown operator 'between'; use one of: = <> < <= > >= like not like in not in (or !=)");
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Orphan.class).build())
			.withMessage("Orphan: no key; annotate the key property with @dev.relata.orm.schema.Id or name it 'id'");
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> tags.insert(new Tag(1L, "again")))
			.withMessageStartingWith("Relata insert of Tag; ")
			.withMessageContaining("; SQL [INSERT INTO ");
		OrmSchema primitives = OrmSchema.builder().models(UserAge.class).build();
		assertThatExceptionOfType(OrmMappingException.class)
			.isThrownBy(() -> Orm.create(db.dataSource(), primitives).repository(UserAge.class).query().many())
			.withMessage("Column age is NULL, but UserAge.age is a primitive int; use its wrapper type for a "
					+ "nullable column");
	}

	public record Orphan(String name) {
	}

	@Table("users")
	public record UserAge(Long id, int age) {
	}

	@DatabaseTest
	void rowMapperServesHandWrittenSql(TestDatabase db) {
		users(db);
		Orm orm = Orm.create(db.dataSource(), schema());
		List<User> seniors = JdbcClient.create(db.dataSource())
			.sql("SELECT id, name, age FROM users WHERE age >= ? ORDER BY age")
			.param(40)
			.query(orm.rowMapper(User.class))
			.list(); // Alan, Grace; active and note are null: not selected
		assertThat(seniors).extracting(User::name).containsExactly("Alan", "Grace");
		assertThat(seniors).extracting(User::active).containsOnlyNulls();
	}

	@DatabaseTest
	void statementsAreObserved(TestDatabase db) {
		users(db);
		MeterRegistry meterRegistry = new SimpleMeterRegistry();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
		Orm orm = Orm.builder(db.dataSource(), schema()).observationRegistry(observationRegistry).build();
		orm.repository(User.class).query().where("active", true).many();
		long selects = meterRegistry.get("orm.query")
			.tag("orm.model", "User")
			.tag("orm.operation", "select")
			.timer()
			.count(); // 1
		assertThat(selects).isEqualTo(1);
	}

	@DatabaseTest
	void readmeExampleRuns(TestDatabase db) {
		db.recreate("users", "CREATE TABLE users (id " + db.identity()
				+ ", name VARCHAR(100) NOT NULL, age INT, active BOOLEAN, note VARCHAR(200))");
		OrmSchema schema = OrmSchema.builder().models(User.class).build();
		Orm orm = Orm.create(db.dataSource(), schema);
		OrmRepository<User> users = orm.repository(User.class);
		User saved = users.insert(new User(null, "Grace", 45, true, null));
		Optional<User> grace = users.findById(saved.id());
		List<User> adults = users.query()
			.where("age", ">=", 18)
			.where(User::active)
			.is(true)
			.orderBy("name")
			.limit(10)
			.many();
		int archived = users.query().where("active", false).update((s) -> s.set("note", "archived"));
		assertThat(grace).contains(saved);
		assertThat(adults).containsExactly(saved);
		assertThat(archived).isZero();
	}

}
