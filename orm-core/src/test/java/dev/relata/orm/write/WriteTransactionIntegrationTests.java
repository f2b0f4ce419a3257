package dev.relata.orm.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.Version;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for the transaction of every write: atomic batches, joining the
 * caller's transaction, and marking it rollback-only on failure.
 */
class WriteTransactionIntegrationTests {

	@Table("wt_author")
	record Author(@Id Long id, String name) {
	}

	@Table("wt_doc")
	record Doc(@Id Long id, String title, @Version Long version) {
	}

	private JdbcTransactionManager transactionManager;

	private Orm orm(TestDatabase db) {
		db.recreate("wt_author", "CREATE TABLE wt_author (id " + db.identity() + ", name VARCHAR(50) NOT NULL UNIQUE)");
		db.recreate("wt_doc",
				"CREATE TABLE wt_doc (id " + db.identity() + ", title VARCHAR(50), version BIGINT NOT NULL)");
		this.transactionManager = new JdbcTransactionManager(db.dataSource());
		return Orm.builder(db.dataSource(), OrmSchema.builder().models(Author.class, Doc.class).build())
			.transactionManager(this.transactionManager)
			.build();
	}

	@DatabaseTest
	void batchInsertWithOneDuplicateLeavesNoRowBehind(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> authors
			.insertAll(List.of(new Author(null, "Ada"), new Author(null, "Grace"), new Author(null, "Ada"))));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> authors
			.insertAll(List.of(new Author(1L, "Ada"), new Author(2L, "Grace"), new Author(3L, "Ada"))));
		assertThat(countAuthors(db)).isZero();
	}

	@DatabaseTest
	void caughtFailureOfAWriteRollsBackTheCallersTransaction(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				db.jdbc().update("INSERT INTO wt_author (id, name) VALUES (500, 'caller')");
				authors.insert(new Author(null, "relata"));
				assertThatExceptionOfType(DataIntegrityViolationException.class)
					.isThrownBy(() -> authors.insert(new Author(null, "caller")));
				assertThat(status.isRollbackOnly()).isTrue();
			}));
		assertThat(countAuthors(db)).isZero();
	}

	@DatabaseTest
	void caughtFailureOfABatchRollsBackTheCallersTransaction(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				db.jdbc().update("INSERT INTO wt_author (id, name) VALUES (500, 'caller')");
				assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
						() -> authors.insertAll(List.of(new Author(null, "first"), new Author(null, "caller"))));
			}));
		assertThat(countAuthors(db)).isZero();
	}

	@DatabaseTest
	void caughtFailedUpdateOrStaleVersionRollsBackTheCallersTransaction(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<Author> authors = orm.repository(Author.class);
		OrmRepository<Doc> docs = orm.repository(Doc.class);
		Doc doc = docs.insert(new Doc(null, "draft", null));
		docs.update(doc);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				authors.insert(new Author(null, "relata"));
				assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
					.isThrownBy(() -> authors.update(new Author(999L, "ghost")));
			}));
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				authors.insert(new Author(null, "relata"));
				assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> docs.update(doc));
			}));
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				authors.insert(new Author(null, "relata"));
				assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> docs.delete(doc));
			}));
		assertThat(countAuthors(db)).isZero();
		assertThat(db.jdbc().queryForObject("SELECT version FROM wt_doc", Long.class)).isOne();
	}

	@DatabaseTest
	void writesRunOnTheCallersConnection(TestDatabase db) throws SQLException {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		try (Connection connection = db.dataSource().getConnection()) {
			JdbcTemplate other = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Author ada = transaction.execute((status) -> {
				Author saved = authors.insert(new Author(null, "Ada"));
				assertThat(authors.findById(saved.id())).contains(saved);
				assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wt_author", Long.class)).isOne();
				assertThat(count(other)).isZero();
				return saved;
			});
			assertThat(count(other)).isOne();
			assertThat(authors.findById(ada.id())).contains(ada);
		}
	}

	@DatabaseTest
	void defaultTransactionManagerJoinsATransactionOnTheSameDataSource(TestDatabase db) {
		orm(db);
		OrmRepository<Author> authors = Orm.create(db.dataSource(), OrmSchema.builder().models(Author.class).build())
			.repository(Author.class);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			authors.insert(new Author(null, "Ada"));
			status.setRollbackOnly();
		});
		assertThat(countAuthors(db)).isZero();
	}

	private static long countAuthors(TestDatabase db) {
		return db.jdbc().queryForObject("SELECT COUNT(*) FROM wt_author", Long.class);
	}

	private static long count(JdbcTemplate other) {
		return other.queryForObject("SELECT COUNT(*) FROM wt_author", Long.class);
	}

}
