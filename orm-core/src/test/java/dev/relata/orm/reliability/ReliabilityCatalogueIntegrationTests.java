package dev.relata.orm.reliability;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.Direction;
import dev.relata.orm.reliability.ReliabilityFixture.Doc;
import dev.relata.orm.reliability.ReliabilityFixture.Film;
import dev.relata.orm.reliability.ReliabilityFixture.Measure;
import dev.relata.orm.reliability.ReliabilityFixture.Node;
import dev.relata.orm.reliability.ReliabilityFixture.Owner;
import dev.relata.orm.reliability.ReliabilityFixture.Tag;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One test per reliability finding: each refusal with its exception type and message,
 * before any SQL; each wrong result now right.
 */
class ReliabilityCatalogueIntegrationTests {

	private ReliabilityFixture fixture;

	private Orm orm(TestDatabase db) {
		this.fixture = new ReliabilityFixture(db);
		return this.fixture.orm();
	}

	private void refused(ThrowingCallable call, String... messageParts) {
		int before = this.fixture.statements.size();
		var thrown = assertThatExceptionOfType(OrmUsageException.class).isThrownBy(call);
		for (String part : messageParts) {
			thrown.withMessageContaining(part);
		}
		assertThat(this.fixture.statements).hasSize(before);
	}

	@DatabaseTest
	void nullArgumentsAreRefusedByNameBeforeAnySql(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		Owner ada = owners.findById(1L).orElseThrow();
		this.fixture.statements.clear();
		refused(() -> owners.findById(null), "findById(...) got null for id");
		refused(() -> owners.deleteById(null), "deleteById(...) got null for id");
		refused(() -> owners.insert(null), "insert(...) got null for entity");
		refused(() -> owners.update((Owner) null), "update(...) got null for entity");
		refused(() -> owners.delete(null), "delete(...) got null for entity");
		refused(() -> owners.insertAll(null), "insertAll(...) got null for entities");
		List<Owner> withNull = new ArrayList<>();
		withNull.add(new Owner(null, "x", null));
		withNull.add(null);
		refused(() -> owners.insertAll(withNull), "insertAll(...) got a null at index 1 of entities");
		refused(() -> owners.related(null, "tags", Tag.class), "related(...) got null for entity");
		refused(() -> owners.query().load(null), "load(...) got null for path");
		refused(() -> owners.query().whereIn("id", null), "whereIn(...) got null for values");
		refused(() -> owners.query().whereNotIn("id", null), "whereNotIn(...) got null for values");
		refused(() -> owners.related(ada, "tags", Tag.class).attach(List.of(1L), null),
				"attach(...) got null for extras");
		refused(() -> owners.related(ada, "tags", Tag.class).attach((Collection<?>) null),
				"attach(...) got null for ids");
		refused(() -> owners.query().whereKey(null), "whereKey(...) got null for key");
		refused(() -> owners.query().orderBy("name", (Direction) null), "orderBy(...) got null for direction");
		assertThat(this.fixture.statements).isEmpty();
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
	}

	@DatabaseTest
	void updateOfAVersionedInstanceWithoutItsVersionIsRefusedBeforeSql(TestDatabase db) {
		OrmRepository<Doc> docs = orm(db).repository(Doc.class);
		Doc saved = docs.insert(new Doc(null, "draft", null));
		assertThat(saved.version()).isNotNull();
		this.fixture.statements.clear();
		refused(() -> docs.update(new Doc(saved.id(), "changed", null)),
				"update(entity): Doc.version (@Version) is null");
		refused(() -> docs.delete(new Doc(saved.id(), "draft", null)),
				"delete(entity): Doc.version (@Version) is null");
		assertThat(docs.update(new Doc(saved.id(), "changed", saved.version())).title()).isEqualTo("changed");
		assertThat(this.fixture.statements).hasSize(1);
	}

	@DatabaseTest
	void attachOfAMissingTargetIsRefusedWithOneCheckAndNoJoinRow(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		Owner ada = new Owner(1L, "Ada", 1L);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.related(ada, "tags", Tag.class).attach(List.of(2L, 99L, 98L)))
			.withMessage("attach(\"tags\") on Owner: some of [2, 99, 98] are no Tag keys; 1 of 3 found");
		// lock the owner, read its targets, count the new ones: one check per call
		assertThat(this.fixture.statements).hasSize(3);
		assertThat(this.fixture.statements.get(2).sql()).containsIgnoringCase("COUNT(*)");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isZero();
		assertThat(owners.related(ada, "tags", Tag.class).attach(List.of(2L, 3L))).isEqualTo(2);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isEqualTo(2);
	}

	@DatabaseTest
	void syncAndNestedConnectOfAMissingTargetAreRefused(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		Owner ada = new Owner(1L, "Ada", 1L);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.related(ada, "tags", Tag.class).sync(List.of(1L, 77L)))
			.withMessageContaining("sync(\"tags\") on Owner: some of [1, 77] are no Tag keys");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.update(1L, (w) -> w.connect("tags", 3L, 66L)))
			.withMessageContaining("connect(\"tags\") on Owner: some of [3, 66] are no Tag keys");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owner_tags")).isZero();
	}

	@DatabaseTest
	void belongsToConnectOfAMissingOwnerIsRefusedWithOneCheck(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.update(2L, (w) -> w.connect("group", 99L)))
			.withMessage("connect(\"group\") on Owner: some of [99] are no Group keys; 0 of 1 found");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.insert(new Owner(null, "Linus", null), (w) -> w.connect("group", 98L)))
			.withMessageContaining("some of [98] are no Group keys");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners WHERE group_id IS NOT NULL")).isOne();
		this.fixture.statements.clear();
		assertThat(owners.insert(new Owner(null, "Linus", null), (w) -> w.connect("group", 2L)).groupId())
			.isEqualTo(2L);
		// the check, then the insert
		assertThat(this.fixture.statements).hasSize(2);
		assertThat(this.fixture.statements.get(0).sql()).containsIgnoringCase("COUNT(*)");
	}

	@DatabaseTest
	void messagesQuoteAHugeNameUpToABoundedLength(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		String huge = "n".repeat(1_000_000);
		for (ThrowingCallable call : List.<ThrowingCallable>of(() -> owners.query().where(huge, 1).many(),
				() -> owners.query().orderBy(huge).many(), () -> owners.query().has(huge).many(),
				() -> owners.query().load(huge).many(), () -> owners.query().where("name", huge, 1).many())) {
			OrmUsageException thrown = catchUsage(call);
			assertThat(thrown.getMessage()).hasSizeLessThan(600).contains("(1000000 chars)");
		}
		assertThat(this.fixture.statements).isEmpty();
	}

	private static OrmUsageException catchUsage(ThrowingCallable call) {
		try {
			call.call();
		}
		catch (OrmUsageException ex) {
			return ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("Expected an OrmUsageException, got " + ex, ex);
		}
		throw new AssertionError("Expected an OrmUsageException, nothing was thrown");
	}

	@DatabaseTest
	void deepWhereHasPathsFindTheRightRowsUpToTheLimit(TestDatabase db) {
		OrmRepository<Node> nodes = orm(db).repository(Node.class);
		// H2 plans nested EXISTS in time growing about 1.7 times per level: 10 levels
		// there
		int depth = (db.kind() == DatabaseKind.H2) ? 10 : 32;
		// a chain 1 <- 2 <- ... <- depth + 2, and a short chain 100 <- 101
		List<Node> chain = new ArrayList<>();
		for (long id = 1; id <= depth + 2; id++) {
			chain.add(new Node(id, (id == 1) ? null : id - 1));
		}
		chain.add(new Node(100L, null));
		chain.add(new Node(101L, 100L));
		nodes.insertAll(chain);
		String path = String.join(".", java.util.Collections.nCopies(depth, "children"));
		this.fixture.statements.clear();
		List<Node> found = nodes.query().whereHas(path, (q) -> {
		}).orderBy("id").many();
		// a node has a descendant depth levels down: nodes 1 and 2 of the long chain
		assertThat(found).extracting(Node::id).containsExactly(1L, 2L);
		assertThat(this.fixture.statements).hasSize(1);
		String sql = this.fixture.statements.get(0).sql();
		assertThat(sql).contains("t0x" + depth).doesNotContain("t0xx");
		assertThat(nodes.query().whereDoesntHave(path, (q) -> {
		}).count()).isEqualTo(depth + 2);
	}

	@DatabaseTest
	void pathsDeeperThanTheLimitAreRefusedWithoutStackOverflow(TestDatabase db) {
		OrmRepository<Node> nodes = orm(db).repository(Node.class);
		String tooDeep = String.join(".", java.util.Collections.nCopies(33, "children"));
		String huge = String.join(".", java.util.Collections.nCopies(1000, "children"));
		refused(() -> nodes.query().whereHas(tooDeep, (q) -> {
		}), "a relation path nests at most 32 relations");
		refused(() -> nodes.query().has(huge), "a relation path nests at most 32 relations", "(8999 chars)");
		refused(() -> nodes.query().load(huge), "load('children.children", "nests at most 32 relations");
		assertThat(this.fixture.statements).isEmpty();
	}

	@DatabaseTest
	void enumColumnsTakeStringsInFiltersAndWrites(TestDatabase db) {
		OrmRepository<Film> films = orm(db).repository(Film.class);
		Film saved = films.insert(new Film(null, "Alien", "R"));
		films.insertAll(List.of(new Film(null, "Up", "PG"), new Film(null, "Heat", "R")));
		assertThat(films.query().where("rating", "R").orderBy("title").many()).extracting(Film::title)
			.containsExactly("Alien", "Heat");
		assertThat(films.query().whereIn("rating", List.of("PG", "G")).many()).extracting(Film::title)
			.containsExactly("Up");
		films.update(new Film(saved.id(), "Alien", "NC-17"));
		assertThat(films.findById(saved.id()).orElseThrow().rating()).isEqualTo("NC-17");
		assertThat(films.query().where("rating", "PG").update((s) -> s.set("rating", "G"))).isEqualTo(1);
		assertThat(films.query().where("rating", "G").one()).map(Film::title).contains("Up");
	}

	@DatabaseTest
	void nonFiniteDoublesAreRefusedOnMariadbAndKeptElsewhere(TestDatabase db) {
		OrmRepository<Measure> measures = orm(db).repository(Measure.class);
		for (double value : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			if (db.kind() == DatabaseKind.MARIADB) {
				assertThatExceptionOfType(OrmUsageException.class)
					.isThrownBy(() -> measures.insert(new Measure(null, value, null)))
					.withMessage("MariaDB cannot store " + value
							+ " in a floating-point column; store NULL or a finite value");
			}
			else {
				Measure saved = measures.insert(new Measure(null, value, null));
				assertThat(measures.findById(saved.id()).orElseThrow().amount()).isEqualTo(Double.valueOf(value));
			}
		}
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_measures")).isZero();
		}
	}

	@DatabaseTest
	void timesAreTruncatedToMicrosecondsOnEveryDatabase(TestDatabase db) {
		OrmRepository<Measure> measures = orm(db).repository(Measure.class);
		// .1234567 would round up to .123457 on PostgreSQL and H2; Relata truncates
		LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789);
		LocalDateTime truncated = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000);
		Measure saved = measures.insert(new Measure(null, 1.0, at));
		assertThat(measures.findById(saved.id()).orElseThrow().takenAt()).isEqualTo(truncated);
		assertThat(measures.query().where("takenAt", at).count()).isOne();
		assertThat(measures.query().where("takenAt", ">", truncated).count()).isZero();
	}

	@DatabaseTest
	void pivotIdsAreDeduplicatedInLinearTime(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		List<Long> ids = new ArrayList<>(200_000);
		for (long id = 1_000_000; id < 1_200_000; id++) {
			ids.add(id);
		}
		ids.addAll(ids.subList(0, 1000));
		long started = System.nanoTime();
		long[] firstStatement = new long[1];
		Orm timed = Orm.builder(db.dataSource(), ReliabilityFixture.schema())
			.statementListener(new dev.relata.orm.jdbc.StatementListener() {
				@Override
				public void beforeStatement(dev.relata.orm.jdbc.ExecutedStatement statement) {
					if (firstStatement[0] == 0) {
						firstStatement[0] = System.nanoTime();
					}
				}
			})
			.build();
		assertThat(timed.repository(Owner.class).related(new Owner(1L, "Ada", 1L), "tags", Tag.class).detach(ids))
			.isZero();
		// de-duplicating 201,000 ids before the first statement: milliseconds, where a
		// quadratic pass takes tens of seconds
		assertThat((firstStatement[0] - started) / 1_000_000).isLessThan(1000);
		assertThat(owners.findById(1L)).isPresent();
	}

	@DatabaseTest
	void whereInNotInDetachAndConnectTakeMoreKeysThanTheDriverBinds(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		List<Long> keys = new ArrayList<>();
		for (long id = 1; id <= 70_000; id++) {
			keys.add(id);
		}
		this.fixture.statements.clear();
		assertThat(owners.query().whereIn("id", keys).count()).isEqualTo(2);
		assertThat(owners.query().whereNotIn("id", keys).count()).isZero();
		assertThat(owners.related(new Owner(1L, "Ada", 1L), "tags", Tag.class).detach(keys)).isZero();
		assertThat(this.fixture.statements).hasSize(4);
		String shape = (db.kind() == DatabaseKind.MARIADB) ? " IN (" : " = ANY(?)";
		assertThat(this.fixture.sql()).element(0).asString().contains(shape);
		assertThat(this.fixture.sql()).element(3).asString().contains(shape);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> owners.update(2L, (w) -> w.connect("items", keys)))
			.withMessageContaining("are no Item keys; 2 of 70000 found");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_items WHERE owner_id IS NOT NULL")).isZero();
		owners.update(2L, (w) -> w.connect("items", keys.subList(0, 2)));
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_items WHERE owner_id = 2")).isEqualTo(2);
		assertThat(owners.query().whereIn("id", keys).orderBy("id", Direction.DESC).many()).extracting(Owner::name)
			.containsExactly("Grace", "Ada");
	}

	@DatabaseTest
	void unknownNamesAreRefusedBeforeSqlWhateverTheirContent(TestDatabase db) {
		OrmRepository<Owner> owners = orm(db).repository(Owner.class);
		refused(() -> owners.query().where("name; DROP TABLE rc_owners", 1), "has no property or column");
		refused(() -> owners.query().load("tags\"--"), "has no relation");
		refused(() -> owners.related(new Owner(1L, "Ada", 1L), "tags", Tag.class)
			.attach(List.of(1L), Map.of("x' OR 1=1", 1)), "has no property");
		assertThat(this.fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
	}

}
