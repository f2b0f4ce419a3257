package dev.relata.orm.write;

import java.util.List;

import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.Direction;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.Version;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for updates and deletes by key, optimistic locking and set-based
 * writes through a repository.
 */
class RepositoryUpdateDeleteIntegrationTests {

	@Table("wu_item")
	record Item(@Id Long id, String name, Integer qty) {
	}

	@Table("wu_doc")
	record Doc(@Id Long id, String title, @Version Long version) {
	}

	private Orm orm(TestDatabase db) {
		db.recreate("wu_item", "CREATE TABLE wu_item (id " + db.identity() + ", name VARCHAR(50) NOT NULL, qty INT)");
		db.recreate("wu_doc",
				"CREATE TABLE wu_doc (id " + db.identity() + ", title VARCHAR(50), version BIGINT NOT NULL)");
		return Orm.create(db.dataSource(), OrmSchema.builder().models(Item.class, Doc.class).build());
	}

	@DatabaseTest
	void updateWritesEveryColumnByKey(TestDatabase db) {
		OrmRepository<Item> items = orm(db).repository(Item.class);
		Item pen = items.insert(new Item(null, "pen", 1));
		Item cup = items.insert(new Item(null, "cup", 2));
		assertThat(items.update(new Item(pen.id(), "ink pen", null))).isEqualTo(new Item(pen.id(), "ink pen", null));
		assertThat(db.jdbc().queryForList("SELECT name FROM wu_item ORDER BY id", String.class))
			.containsExactly("ink pen", "cup");
		assertThat(db.jdbc().queryForObject("SELECT qty FROM wu_item WHERE id = ?", Integer.class, pen.id())).isNull();
		assertThat(items.findById(cup.id())).contains(cup);
	}

	@DatabaseTest
	void updateOfAMissingRowThrowsIncorrectUpdateSemantics(TestDatabase db) {
		OrmRepository<Item> items = orm(db).repository(Item.class);
		assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
			.isThrownBy(() -> items.update(new Item(99L, "ghost", 1)))
			.withMessageContaining("Item")
			.withMessageContaining("99");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wu_item", Long.class)).isZero();
	}

	@DatabaseTest
	void versionStartsAtZeroAndUpdateIncrementsIt(TestDatabase db) {
		OrmRepository<Doc> docs = orm(db).repository(Doc.class);
		Doc draft = docs.insert(new Doc(null, "draft", null));
		assertThat(draft.version()).isZero();
		Doc edited = docs.update(new Doc(draft.id(), "edited", draft.version()));
		assertThat(edited).isEqualTo(new Doc(draft.id(), "edited", 1L));
		Doc again = docs.update(edited);
		assertThat(again.version()).isEqualTo(2L);
		assertThat(db.jdbc().queryForMap("SELECT title, version FROM wu_doc WHERE id = ?", draft.id()).values())
			.extracting(String::valueOf)
			.containsExactly("edited", "2");
		assertThat(docs.findById(draft.id())).contains(again);
	}

	@DatabaseTest
	void staleUpdateThrowsOptimisticLockingFailureAndChangesNothing(TestDatabase db) {
		OrmRepository<Doc> docs = orm(db).repository(Doc.class);
		Doc draft = docs.insert(new Doc(null, "draft", null));
		docs.update(new Doc(draft.id(), "first", draft.version()));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> docs.update(new Doc(draft.id(), "second", draft.version())))
			.withMessageContaining("Doc")
			.withMessageContaining("version 0");
		assertThat(db.jdbc().queryForMap("SELECT title, version FROM wu_doc WHERE id = ?", draft.id()).values())
			.extracting(String::valueOf)
			.containsExactly("first", "1");
	}

	@DatabaseTest
	void staleDeleteThrowsOptimisticLockingFailureAndKeepsTheRow(TestDatabase db) {
		OrmRepository<Doc> docs = orm(db).repository(Doc.class);
		Doc draft = docs.insert(new Doc(null, "draft", null));
		Doc current = docs.update(draft);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> docs.delete(draft))
			.withMessageContaining("Doc");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wu_doc", Long.class)).isOne();
		docs.delete(current);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wu_doc", Long.class)).isZero();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> docs.delete(current));
	}

	@DatabaseTest
	void setBasedUpdateIncrementsTheVersion(TestDatabase db) {
		OrmRepository<Doc> docs = orm(db).repository(Doc.class);
		Doc a = docs.insert(new Doc(null, "a", null));
		Doc b = docs.insert(new Doc(null, "b", null));
		docs.update(b);
		assertThat(docs.query().update((s) -> s.set("title", "all"))).isEqualTo(2);
		assertThat(db.jdbc().queryForList("SELECT version FROM wu_doc ORDER BY id", Long.class)).containsExactly(1L,
				2L);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> docs.update(a));
	}

	@DatabaseTest
	void deleteAndDeleteByIdTellWhetherARowWentAway(TestDatabase db) {
		OrmRepository<Item> items = orm(db).repository(Item.class);
		Item pen = items.insert(new Item(null, "pen", 1));
		Item cup = items.insert(new Item(null, "cup", 2));
		items.delete(pen);
		items.delete(pen);
		assertThat(items.deleteById(cup.id())).isTrue();
		assertThat(items.deleteById(cup.id())).isFalse();
		assertThat(items.deleteById(cup.id().intValue())).isFalse();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wu_item", Long.class)).isZero();
	}

	@DatabaseTest
	void setBasedUpdateAndDeleteReturnTheirCounts(TestDatabase db) {
		OrmRepository<Item> items = orm(db).repository(Item.class);
		items.insertAll(List.of(new Item(null, "pen", 1), new Item(null, "cup", 2), new Item(null, "mug", 3),
				new Item(null, "box", null)));
		assertThat(items.query().where("qty", ">=", 2).update((s) -> s.set("name", "big").set("qty", null)))
			.isEqualTo(2);
		assertThat(items.query().where("name", "nothing").update((s) -> s.set("qty", 9))).isZero();
		assertThat(db.jdbc().queryForList("SELECT name FROM wu_item WHERE qty IS NULL ORDER BY id", String.class))
			.containsExactly("big", "big", "box");
		assertThat(items.query().whereNull("qty").delete()).isEqualTo(3);
		assertThat(items.query().where("qty", 42).delete()).isZero();
		assertThat(db.jdbc().queryForList("SELECT name FROM wu_item", String.class)).containsExactly("pen");
	}

	@DatabaseTest
	void setBasedWritesRefuseLimitOrderingSelectionAndLock(TestDatabase db) {
		OrmRepository<Item> items = orm(db).repository(Item.class);
		items.insert(new Item(null, "pen", 1));
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> items.query().limit(1).update((s) -> s.set("qty", 2)))
			.withMessageContaining("set-based update of Item")
			.withMessageContaining("limit");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> items.query().orderBy("name", Direction.DESC).delete())
			.withMessageContaining("set-based delete of Item")
			.withMessageContaining("orderBy");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> items.query().select("id", "name").update((s) -> s.set("qty", 2)))
			.withMessageContaining("select");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> items.query().lock().delete())
			.withMessageContaining("lock")
			.withMessageContaining("where");
		assertThat(db.jdbc().queryForObject("SELECT qty FROM wu_item", Integer.class)).isEqualTo(1);
	}

	@DatabaseTest
	void setBasedUpdateRefusesTheVersionAndNullInAKey(TestDatabase db) {
		Orm orm = orm(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Doc.class).query().update((s) -> s.set("version", 5L)))
			.withMessageContaining("@Version");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Item.class).query().update((s) -> s.set("id", null)))
			.withMessageContaining("Item.id");
	}

}
