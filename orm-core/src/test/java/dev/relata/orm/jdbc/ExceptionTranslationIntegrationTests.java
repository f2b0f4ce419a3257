package dev.relata.orm.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownPropertyException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for failures: SQL errors translated into Spring's
 * {@code DataAccessException}s naming the model and the statement, the statement timeout,
 * and misuse refused with {@code OrmUsageException}s naming what exists.
 */
class ExceptionTranslationIntegrationTests {

	@Table("et_author")
	record Author(@Id Long id, String name, Integer born) {
	}

	@Table("et_book")
	record Book(@Id Long id, String title) {
	}

	record NotAModel(Long id) {
	}

	private OrmSchema schema(TestDatabase db) {
		db.recreate("et_author",
				"CREATE TABLE et_author (id " + db.identity() + ", name VARCHAR(50) NOT NULL UNIQUE, born INT)");
		db.recreate("et_book", "CREATE TABLE et_book (id " + db.identity() + ", title VARCHAR(50))");
		return OrmSchema.builder().models(Author.class, Book.class).build();
	}

	@DatabaseTest
	void duplicateKeyIsADuplicateKeyExceptionNamingTheModelAndTheSql(TestDatabase db) {
		OrmRepository<Author> authors = Orm.create(db.dataSource(), schema(db)).repository(Author.class);
		authors.insert(new Author(1L, "Ada", null));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> authors.insert(new Author(1L, "Grace", null)))
			.withMessageContaining("Author")
			.withMessageContaining("INSERT INTO");
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> authors.insert(new Author(null, "Ada", null)))
			.withMessageContaining("insert of Author");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM et_author", Long.class)).isOne();
	}

	@DatabaseTest
	void notNullViolationIsADataIntegrityViolation(TestDatabase db) {
		Orm orm = Orm.create(db.dataSource(), schema(db));
		OrmRepository<Author> authors = orm.repository(Author.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> authors.insert(new Author(null, null, 1)))
			.withMessageContaining("Author");
		Author ada = authors.insert(new Author(null, "Ada", 1));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> authors.query().whereKey(ada.id()).update((s) -> s.set("name", null)))
			.withMessageContaining("update of Author")
			.withMessageContaining("UPDATE");
		assertThat(db.jdbc().queryForObject("SELECT name FROM et_author", String.class)).isEqualTo("Ada");
	}

	// On H2 the query timeout does not interrupt a row lock wait: H2's own LOCK_TIMEOUT
	// (2 seconds by default) ends it, so there this checks only translation and timing.
	@DatabaseTest
	void statementTimeoutEndsAWriteWaitingForALock(TestDatabase db) throws SQLException {
		OrmSchema schema = schema(db);
		db.execute("INSERT INTO et_book (id, title) VALUES (1, 'locked')");
		OrmRepository<Book> books = Orm.builder(db.dataSource(), schema)
			.settings((s) -> s.statementTimeout(Duration.ofSeconds(1)))
			.build()
			.repository(Book.class);
		try (Connection holder = db.dataSource().getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement();
					ResultSet resultSet = statement.executeQuery("SELECT id FROM et_book WHERE id = 1 FOR UPDATE")) {
				assertThat(resultSet.next()).isTrue();
			}
			long start = System.nanoTime();
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> books.update(new Book(1L, "changed")))
				.withMessageContaining("update of Book");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			holder.rollback();
		}
		assertThat(db.jdbc().queryForObject("SELECT title FROM et_book WHERE id = 1", String.class))
			.isEqualTo("locked");
	}

	@DatabaseTest
	void unknownModelIsRefusedNamingTheModels(TestDatabase db) {
		Orm orm = Orm.create(db.dataSource(), schema(db));
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> orm.repository(NotAModel.class))
			.withMessageContaining("NotAModel")
			.withMessageContaining("Author")
			.withMessageContaining("Book");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> orm.rowMapper(NotAModel.class))
			.withMessageContaining("Author");
	}

	@DatabaseTest
	void misuseOfARepositoryIsRefusedNamingWhatExists(TestDatabase db) {
		OrmRepository<Author> authors = Orm.create(db.dataSource(), schema(db)).repository(Author.class);
		assertThatExceptionOfType(UnknownPropertyException.class)
			.isThrownBy(() -> authors.query().where("nmae", "Ada").many())
			.withMessageContaining("nmae")
			.withMessageContaining("name");
		assertThatExceptionOfType(UnknownPropertyException.class)
			.isThrownBy(() -> authors.query().update((s) -> s.set("nmae", "x")))
			.withMessageContaining("born");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> authors.findById(Key.of(1L, 2L)))
			.withMessageContaining("Author");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> authors.findById("abc"))
			.withMessageContaining("Long");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> authors.update(new Author(null, "Ada", 1)))
			.withMessageContaining("without a key")
			.withMessageContaining("Author.id");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM et_author", Long.class)).isZero();
	}

}
