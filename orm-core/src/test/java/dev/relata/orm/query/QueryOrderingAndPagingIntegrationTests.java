package dev.relata.orm.query;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Selection, ordering with NULL placement, limit, offset and locking of {@link Query} on
 * every database.
 */
class QueryOrderingAndPagingIntegrationTests {

	@Table("paging_item")
	record Item(@Id Long id, String name, Integer rank, String grade) {
	}

	private final RecordingStatementListener listener = new RecordingStatementListener();

	private OrmRepository<Item> items(TestDatabase db) {
		db.recreate("paging_item", "CREATE TABLE paging_item (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, "
				+ "rank INT, grade VARCHAR(5))");
		db.execute("INSERT INTO paging_item VALUES (1, 'delta', 2, 'b')",
				"INSERT INTO paging_item VALUES (2, 'alpha', NULL, 'a')",
				"INSERT INTO paging_item VALUES (3, 'echo', 1, NULL)",
				"INSERT INTO paging_item VALUES (4, 'bravo', 3, 'a')",
				"INSERT INTO paging_item VALUES (5, 'charlie', NULL, 'b')",
				"INSERT INTO paging_item VALUES (6, 'foxtrot', 2, NULL)");
		Orm orm = Orm.builder(db.dataSource(), OrmSchema.builder().models(Item.class).build())
			.statementListener(this.listener)
			.build();
		return orm.repository(Item.class);
	}

	private static List<Long> ids(List<Item> items) {
		return items.stream().map(Item::id).toList();
	}

	@DatabaseTest
	void selectReadsOnlyTheNamedColumnsAndTheKey(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		this.listener.clear();
		List<Item> read = items.query().select("name").where("id", 1).many();
		assertThat(read).containsExactly(new Item(1L, "delta", null, null));
		assertThat(this.listener.sql()).hasSize(1);
		String sql = this.listener.lastSql().toLowerCase();
		String selected = sql.substring(0, sql.indexOf(" from "));
		assertThat(selected).contains("id").contains("name").doesNotContain("rank").doesNotContain("grade");
		assertThat(items.query().select("id", "grade").whereKey(4L).single()).isEqualTo(new Item(4L, null, null, "a"));
	}

	@DatabaseTest
	void nullsSortFirstAscendingAndLastDescendingByDefault(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		assertThat(ids(items.query().orderBy("rank").orderBy("id").many())).containsExactly(2L, 5L, 3L, 1L, 6L, 4L);
		assertThat(ids(items.query().orderBy("rank", Direction.ASC).orderBy("id").many())).containsExactly(2L, 5L, 3L,
				1L, 6L, 4L);
		assertThat(ids(items.query().orderBy("rank", Direction.DESC).orderBy("id").many())).containsExactly(4L, 1L, 6L,
				3L, 2L, 5L);
	}

	@DatabaseTest
	void explicitNullPlacementIsObeyedOnEveryDatabase(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		assertThat(ids(items.query().orderBy("rank", Direction.ASC, Nulls.LAST).orderBy("id").many()))
			.containsExactly(3L, 1L, 6L, 4L, 2L, 5L);
		assertThat(ids(items.query().orderBy("rank", Direction.ASC, Nulls.FIRST).orderBy("id").many()))
			.containsExactly(2L, 5L, 3L, 1L, 6L, 4L);
		assertThat(ids(items.query().orderBy("rank", Direction.DESC, Nulls.FIRST).orderBy("id").many()))
			.containsExactly(2L, 5L, 4L, 1L, 6L, 3L);
		assertThat(ids(items.query().orderBy("rank", Direction.DESC, Nulls.LAST).orderBy("id").many()))
			.containsExactly(4L, 1L, 6L, 3L, 2L, 5L);
	}

	@DatabaseTest
	void ordersByEveryColumnInTurn(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		assertThat(ids(items.query()
			.orderBy("grade", Direction.ASC, Nulls.LAST)
			.orderBy("rank", Direction.DESC, Nulls.LAST)
			.orderBy("name", Direction.DESC)
			.many())).containsExactly(4L, 2L, 1L, 5L, 6L, 3L);
		assertThat(ids(items.query().orderBy("name", Direction.DESC).many()))
			.isEqualTo(db.jdbc().queryForList("SELECT id FROM paging_item ORDER BY name DESC", Long.class));
	}

	@DatabaseTest
	void limitAndOffsetPageTheOrderedRows(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		this.listener.clear();
		assertThat(ids(items.query().orderBy("id").limit(2).offset(3).many())).containsExactly(4L, 5L);
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.statements().get(0).binds()).hasSize(2);
		assertThat(ids(items.query().orderBy("id").limit(4).many())).containsExactly(1L, 2L, 3L, 4L);
		assertThat(ids(items.query().orderBy("id").offset(4).many())).containsExactly(5L, 6L);
		assertThat(ids(items.query().orderBy("id").offset(6).many())).isEmpty();
		assertThat(ids(items.query().orderBy("id").offset(0).many())).hasSize(6);
		assertThat(ids(items.query().orderBy("name").limit(3).offset(1).many())).containsExactly(4L, 5L, 1L);
	}

	@DatabaseTest
	void limitZeroReadsNothing(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		assertThat(items.query().limit(0).many()).isEmpty();
		assertThat(items.query().limit(0).count()).isZero();
		assertThat(items.query().limit(0).exists()).isFalse();
		assertThat(items.query().orderBy("id").limit(0).first()).isEmpty();
	}

	@DatabaseTest
	void negativeLimitOrOffsetIsRefused(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> items.query().limit(-1))
			.withMessageContaining("-1");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> items.query().offset(-5))
			.withMessageContaining("-5");
	}

	@DatabaseTest
	void lockReadsForUpdateInsideATransaction(TestDatabase db) {
		OrmRepository<Item> items = items(db);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		this.listener.clear();
		List<Item> locked = transaction
			.execute((status) -> items.query().where("grade", "a").orderBy("id").lock().many());
		assertThat(ids(locked)).containsExactly(2L, 4L);
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.lastSql()).endsWith("FOR UPDATE");
		List<Item> lockedPage = transaction
			.execute((status) -> items.query().orderBy("id").limit(2).offset(1).lock().many());
		assertThat(ids(lockedPage)).containsExactly(2L, 3L);
		assertThat(this.listener.lastSql()).endsWith("FOR UPDATE");
	}

}
