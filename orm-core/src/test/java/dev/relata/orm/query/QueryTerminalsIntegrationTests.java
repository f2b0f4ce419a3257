package dev.relata.orm.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The terminals of {@link Query} ({@code many}, {@code one}, {@code single},
 * {@code first}, {@code count}, {@code exists}, {@code stream}) on every database.
 */
class QueryTerminalsIntegrationTests {

	@Table("terminal_entry")
	record Entry(@Id Long id, String label, Integer score) {
	}

	private final RecordingStatementListener listener = new RecordingStatementListener();

	private OrmRepository<Entry> entries(TestDatabase db, int rows) {
		db.recreate("terminal_entry",
				"CREATE TABLE terminal_entry (id BIGINT PRIMARY KEY, label VARCHAR(20) NOT NULL, score INT)");
		List<Object[]> values = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			values.add(new Object[] { i, "entry-" + i, i % 10 });
		}
		db.jdbc().batchUpdate("INSERT INTO terminal_entry (id, label, score) VALUES (?, ?, ?)", values);
		Orm orm = Orm.builder(db.dataSource(), OrmSchema.builder().models(Entry.class).build())
			.statementListener(this.listener)
			.build();
		this.listener.clear();
		return orm.repository(Entry.class);
	}

	@DatabaseTest
	void manyReturnsAnUnmodifiableListInOneStatement(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		List<Entry> tens = entries.query().where("score", 0).orderBy("id").many();
		assertThat(tens).containsExactly(new Entry(10L, "entry-10", 0), new Entry(20L, "entry-20", 0));
		assertThat(this.listener.sql()).hasSize(1).allSatisfy((sql) -> assertThat(sql).startsWith("SELECT"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> tens.add(new Entry(99L, "x", 1)));
		assertThat(entries.query().where("score", 11).many()).isEmpty();
	}

	@DatabaseTest
	void oneReturnsEmptyOrTheRowAndRefusesMore(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		assertThat(entries.query().where("id", 99).one()).isEmpty();
		assertThat(entries.query().where("label", "entry-7").one()).contains(new Entry(7L, "entry-7", 7));
		this.listener.clear();
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> entries.query().where("score", 3).one())
			.satisfies((ex) -> assertThat(ex.getExpectedSize()).isEqualTo(1));
		assertThat(this.listener.sql()).hasSize(1);
	}

	@DatabaseTest
	void singleRequiresExactlyOneRow(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		assertThat(entries.query().whereKey(5L).single()).isEqualTo(new Entry(5L, "entry-5", 5));
		assertThatExceptionOfType(EmptyResultDataAccessException.class)
			.isThrownBy(() -> entries.query().where("score", 42).single());
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> entries.query().where("score", 3).single());
	}

	@DatabaseTest
	void firstReturnsTheFirstRowInTheQueryOrder(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		assertThat(entries.query().orderBy("id", Direction.DESC).first()).contains(new Entry(20L, "entry-20", 0));
		assertThat(entries.query().where("score", 4).orderBy("id").first()).contains(new Entry(4L, "entry-4", 4));
		assertThat(entries.query().orderBy("score", Direction.DESC).orderBy("id", Direction.DESC).first())
			.contains(new Entry(19L, "entry-19", 9));
		assertThat(entries.query().where("score", 42).first()).isEmpty();
		assertThat(entries.query().orderBy("id").offset(3).first()).contains(new Entry(4L, "entry-4", 4));
		assertThat(entries.query().orderBy("id").limit(5).offset(3).first()).contains(new Entry(4L, "entry-4", 4));
		this.listener.clear();
		entries.query().orderBy("id").first();
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.statements().get(0).binds()).containsExactly(1L);
	}

	@DatabaseTest
	void countRespectsConditionsLimitAndOffset(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		assertThat(entries.query().count()).isEqualTo(20);
		assertThat(entries.query().where("score", "<", 3).count())
			.isEqualTo(db.jdbc().queryForObject("SELECT COUNT(*) FROM terminal_entry WHERE score < 3", Long.class));
		assertThat(entries.query().limit(5).count()).isEqualTo(5);
		assertThat(entries.query().offset(18).count()).isEqualTo(2);
		assertThat(entries.query().orderBy("id").limit(5).offset(17).count()).isEqualTo(3);
		assertThat(entries.query().where("score", 1).limit(10).count()).isEqualTo(2);
		this.listener.clear();
		entries.query().where("score", 1).count();
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.lastSql()).startsWith("SELECT COUNT(*)");
	}

	@DatabaseTest
	void existsTellsWhetherAnyRowMatches(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 20);
		assertThat(entries.query().where("score", 9).exists()).isTrue();
		assertThat(entries.query().where("score", 10).exists()).isFalse();
		assertThat(entries.query().offset(19).exists()).isTrue();
		assertThat(entries.query().offset(20).exists()).isFalse();
		assertThat(this.listener.sql()).hasSize(4);
	}

	@DatabaseTest
	void streamReadsMoreRowsThanOneChunkInOrder(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 1200);
		List<Long> ids;
		try (Stream<Entry> stream = entries.query().orderBy("id").stream()) {
			ids = stream.map(Entry::id).toList();
		}
		assertThat(ids).hasSize(1200).isSorted().startsWith(1L, 2L).endsWith(1199L, 1200L);
		assertThat(this.listener.sql()).hasSize(1);
		try (Stream<Entry> stream = entries.query().where("score", 3).orderBy("id", Direction.DESC).stream()) {
			assertThat(stream.map(Entry::id).toList()).hasSize(120).startsWith(1193L, 1183L).endsWith(3L);
		}
	}

	@DatabaseTest
	void streamInsideATransactionReadsEveryRow(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 1200);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		Long sum = transaction.execute((status) -> {
			try (Stream<Entry> stream = entries.query().orderBy("id").stream()) {
				return stream.mapToLong(Entry::id).sum();
			}
		});
		assertThat(sum).isEqualTo(1200L * 1201 / 2);
		assertThat(this.listener.sql()).hasSize(1);
	}

	@DatabaseTest
	void closingPartlyReadStreamsReleasesTheirConnections(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 1200);
		for (int i = 0; i < 25; i++) {
			try (Stream<Entry> stream = entries.query().orderBy("id").stream()) {
				assertThat(stream.findFirst()).map(Entry::id).contains(1L);
			}
		}
		assertThat(entries.query().count()).isEqualTo(1200);
	}

	@DatabaseTest
	void aQueryThatRanRefusesToRunOrChangeAgain(TestDatabase db) {
		OrmRepository<Entry> entries = entries(db, 3);
		Query<Entry> query = entries.query().where("score", 1);
		assertThat(query.many()).hasSize(1);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(query::many).withMessageContaining("already run");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(query::count);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> query.where("id", 1));
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> query.orderBy("id"));
		Query<Entry> counted = entries.query();
		assertThat(counted.count()).isEqualTo(3);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(counted::exists);
		assertThat(this.listener.sql()).hasSize(2);
	}

}
