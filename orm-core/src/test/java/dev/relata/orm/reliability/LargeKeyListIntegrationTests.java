package dev.relata.orm.reliability;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.reliability.ReliabilityFixture.Group;
import dev.relata.orm.reliability.ReliabilityFixture.Item;
import dev.relata.orm.reliability.ReliabilityFixture.Owner;
import dev.relata.orm.reliability.ReliabilityFixture.Tag;
import dev.relata.orm.sql.dialect.KeyListForm;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key lists of 100,000 keys on every path that takes keys ({@code whereIn},
 * {@code whereNotIn}, a hasMany {@code connect}, {@code detach}, {@code sync} and a
 * batched load of 100,000 parents), in the default test heap; 1,000,000 keys when the
 * system property {@code relata.test.million-keys} is {@code true} (the build's
 * {@code million-keys} profile, which includes the test tagged so). H2 gets the right
 * results at any size but slowly beyond about 10,000 keys (its array comparison grows
 * faster than linearly, and rows no index serves are compared with every value): about a
 * minute per 100,000-key test there, and 100,000 keys under the property too.
 */
class LargeKeyListIntegrationTests {

	private static final int KEYS = 100_000;

	private static int keys(TestDatabase db) {
		return KEYS;
	}

	private ReliabilityFixture fixture;

	@DatabaseTest
	void whereInAndWhereNotInTakeAHundredThousandKeys(TestDatabase db) {
		assertWhereIn(db, keys(db));
	}

	@DatabaseTest
	@org.junit.jupiter.api.Tag("million-keys") // qualified: the fixture has a Tag model
	void whereInAndWhereNotInTakeAMillionKeys(TestDatabase db) {
		assertWhereIn(db, (db.kind() == DatabaseKind.H2) ? KEYS : 1_000_000);
	}

	private void assertWhereIn(TestDatabase db, int count) {
		this.fixture = new ReliabilityFixture(db);
		insertItems(db, count);
		OrmRepository<Item> items = this.fixture.orm().repository(Item.class);
		List<Long> keys = itemKeys(count);
		this.fixture.statements.clear();
		assertThat(items.query().whereIn("id", keys).count()).isEqualTo(count);
		assertThat(items.query().whereNotIn("id", keys).count()).isEqualTo(2);
		assertThat(items.query().whereIn("id", keys.subList(0, 3)).orderBy("id").many()).extracting(Item::name)
			.containsExactly("k1", "k2", "k3");
		assertThat(this.fixture.statements).hasSize(3);
		assertKeyShape(db, this.fixture.statements.get(0), count);
	}

	@DatabaseTest
	void connectTakesAHundredThousandChildren(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		int count = keys(db);
		insertItems(db, count);
		OrmRepository<Owner> owners = this.fixture.orm().repository(Owner.class);
		this.fixture.statements.clear();
		owners.update(1L, (w) -> w.connect("items", itemKeys(count)));
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_items WHERE owner_id = 1")).isEqualTo(count);
		// lock, the one UPDATE, and reading the owner back
		assertThat(this.fixture.statements).hasSize(3);
		assertKeyShape(db, this.fixture.statements.get(1), count);
	}

	@DatabaseTest
	void detachAndSyncTakeAHundredThousandTargets(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		int count = keys(db);
		insertTags(db, count);
		OrmRepository<Owner> owners = this.fixture.orm().repository(Owner.class);
		var tags = owners.related(new Owner(1L, "Ada", 1L), "tags", Tag.class);
		List<Long> keys = new ArrayList<>(count);
		for (long id = 1; id <= count + 5; id++) {
			keys.add(id);
		}
		this.fixture.statements.clear();
		var synced = tags.sync(List.of(1L, 2L));
		assertThat(synced.detached()).hasSize(count + 1);
		assertThat(synced.attached()).isEmpty();
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isEqualTo(2);
		// lock, the targets, one DELETE
		assertThat(this.fixture.statements).hasSize(3);
		assertKeyShape(db, this.fixture.statements.get(2), count + 1);
		db.execute("INSERT INTO rc_owner_tags (owner_id, tag_id) SELECT 1, id FROM rc_tags WHERE id > 2");
		this.fixture.statements.clear();
		assertThat(tags.detach(keys)).isEqualTo(count + 5);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isZero();
		assertThat(this.fixture.statements).hasSize(2);
	}

	@DatabaseTest
	void aBatchedLoadTakesAHundredThousandParents(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		int count = keys(db);
		db.execute(switch (db.kind()) {
			case POSTGRESQL -> "INSERT INTO rc_groups (name) SELECT 'g' || g FROM generate_series(1, " + count + ") g";
			case MARIADB -> "INSERT INTO rc_groups (name) SELECT CONCAT('g', seq) FROM seq_1_to_" + count;
			case H2 -> "INSERT INTO rc_groups (name) SELECT CONCAT('g', X) FROM SYSTEM_RANGE(1, " + count + ")";
		});
		db.execute("UPDATE rc_owners SET group_id = " + (count + 2) + " WHERE id = 2");
		Orm orm = this.fixture.orm();
		this.fixture.statements.clear();
		List<Group> groups = orm.repository(Group.class)
			.query()
			.load("owners", LoadOptions.batched())
			.orderBy("id")
			.many();
		assertThat(groups).hasSize(count + 2);
		assertThat(groups.get(0).owners()).extracting(Owner::name).containsExactly("Ada");
		assertThat(groups.get(count + 1).owners()).extracting(Owner::name).containsExactly("Grace");
		assertThat(groups.stream().mapToInt((group) -> group.owners().size()).sum()).isEqualTo(2);
		List<ExecutedStatement> statements = this.fixture.statements;
		// the groups, then the owners: one array (PostgreSQL, H2) or one JSON text
		// (MariaDB) per maxKeysPerListParameter keys (50,000; 1,000 on H2), one IN list
		// per 1,000 (the default maxBatchKeys)
		// where the dialect sends keys as IN lists
		int parents = count + 2;
		int chunk = (db.dialect().keyListForm(Long.class) != KeyListForm.IN_LIST)
				? db.dialect().maxKeysPerListParameter() : 1000;
		assertThat(statements).hasSize(1 + (parents + chunk - 1) / chunk);
		for (ExecutedStatement statement : statements) {
			assertThat(statement.binds().size()).isLessThanOrEqualTo(db.dialect().maxBindParameters());
		}
	}

	/**
	 * On PostgreSQL and H2 the keys go as arrays ({@code = ANY(?)}, one per 50,000 keys);
	 * on MariaDB as one {@code IN} list.
	 */
	private static void assertKeyShape(TestDatabase db, ExecutedStatement statement, int keys) {
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(statement.sql()).contains(" IN (");
			assertThat(statement.binds().size()).isGreaterThanOrEqualTo(keys);
		}
		else {
			assertThat(statement.sql()).contains(" = ANY(?)").doesNotContain(" IN (");
			assertThat(statement.binds().size()).isLessThan(keys / db.dialect().maxKeysPerListParameter() + 4);
		}
	}

	/** Items 3 .. count + 2, named k1 .. k{count}. */
	private static void insertItems(TestDatabase db, int count) {
		db.execute(switch (db.kind()) {
			case POSTGRESQL -> "INSERT INTO rc_items (name) SELECT 'k' || g FROM generate_series(1, " + count + ") g";
			case MARIADB -> "INSERT INTO rc_items (name) SELECT CONCAT('k', seq) FROM seq_1_to_" + count;
			case H2 -> "INSERT INTO rc_items (name) SELECT CONCAT('k', X) FROM SYSTEM_RANGE(1, " + count + ")";
		});
	}

	private static List<Long> itemKeys(int count) {
		List<Long> keys = new ArrayList<>(count);
		for (long id = 3; id < count + 3; id++) {
			keys.add(id);
		}
		return keys;
	}

	/** Tags 6 .. count + 5, all linked to owner 1 with tags 1, 2 and 3. */
	private static void insertTags(TestDatabase db, int count) {
		db.execute(switch (db.kind()) {
			case POSTGRESQL -> "INSERT INTO rc_tags (name) SELECT 'k' || g FROM generate_series(1, " + count + ") g";
			case MARIADB -> "INSERT INTO rc_tags (name) SELECT CONCAT('k', seq) FROM seq_1_to_" + count;
			case H2 -> "INSERT INTO rc_tags (name) SELECT CONCAT('k', X) FROM SYSTEM_RANGE(1, " + count + ")";
		}, "INSERT INTO rc_owner_tags (owner_id, tag_id) SELECT 1, id FROM rc_tags WHERE id > 5 OR id <= 3");
	}

}
