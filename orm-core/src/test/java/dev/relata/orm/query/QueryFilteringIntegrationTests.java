package dev.relata.orm.query;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownPropertyException;
import dev.relata.orm.exception.ValueConversionException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The where family of {@link Query} on every database, checked against hand-written SQL.
 */
class QueryFilteringIntegrationTests {

	@Table("filter_person")
	record Person(@Id Long id, String name, Integer age, Long roleId, String note) {
	}

	@Table("filter_membership")
	record Membership(@Id Long teamId, @Id Long memberId, String title) {
	}

	private final RecordingStatementListener listener = new RecordingStatementListener();

	private OrmRepository<Person> people(TestDatabase db) {
		db.recreate("filter_person", "CREATE TABLE filter_person (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, "
				+ "age INT, role_id BIGINT, note VARCHAR(50))");
		db.execute("INSERT INTO filter_person VALUES (1, 'Ada', 36, 1, 'math')",
				"INSERT INTO filter_person VALUES (2, 'Grace', 45, 2, NULL)",
				"INSERT INTO filter_person VALUES (3, 'Alan', 41, 1, 'logic')",
				"INSERT INTO filter_person VALUES (4, 'Barbara', NULL, NULL, NULL)",
				"INSERT INTO filter_person VALUES (5, 'Edsger', 72, 3, 'go to')");
		Orm orm = Orm.builder(db.dataSource(), OrmSchema.builder().models(Person.class).build())
			.statementListener(this.listener)
			.build();
		return orm.repository(Person.class);
	}

	private static List<Long> ids(List<Person> people) {
		return people.stream().map(Person::id).sorted().toList();
	}

	private static List<Long> sqlIds(TestDatabase db, String where) {
		return db.jdbc().queryForList("SELECT id FROM filter_person WHERE " + where + " ORDER BY id", Long.class);
	}

	@DatabaseTest
	void whereEqualityMatchesAndRunsOneSelect(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		this.listener.clear();
		assertThat(ids(people.query().where("name", "Grace").many())).containsExactly(2L);
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.lastSql()).startsWith("SELECT").contains("WHERE");
		assertThat(this.listener.statements().get(0).binds()).containsExactly("Grace");
	}

	@DatabaseTest
	void whereWithNullValueMeansIsNull(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(ids(people.query().where("note", null).many())).isEqualTo(sqlIds(db, "note IS NULL"))
			.containsExactly(2L, 4L);
		assertThat(this.listener.lastSql()).containsIgnoringCase("IS NULL");
		assertThat(ids(people.query().where("note", "=", null).many())).containsExactly(2L, 4L);
		assertThat(ids(people.query().where("note", "<>", null).many())).isEqualTo(sqlIds(db, "note IS NOT NULL"));
	}

	@DatabaseTest
	void everyOperatorMatchesWhatSqlMatches(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(ids(people.query().where("age", "=", 41).many())).isEqualTo(sqlIds(db, "age = 41"))
			.containsExactly(3L);
		assertThat(ids(people.query().where("age", "<>", 41).many())).isEqualTo(sqlIds(db, "age <> 41"))
			.containsExactly(1L, 2L, 5L);
		assertThat(ids(people.query().where("age", "!=", 41).many())).containsExactly(1L, 2L, 5L);
		assertThat(ids(people.query().where("age", "<", 41).many())).isEqualTo(sqlIds(db, "age < 41"))
			.containsExactly(1L);
		assertThat(ids(people.query().where("age", "<=", 41).many())).isEqualTo(sqlIds(db, "age <= 41"))
			.containsExactly(1L, 3L);
		assertThat(ids(people.query().where("age", ">", 41).many())).isEqualTo(sqlIds(db, "age > 41"))
			.containsExactly(2L, 5L);
		assertThat(ids(people.query().where("age", ">=", 41).many())).isEqualTo(sqlIds(db, "age >= 41"))
			.containsExactly(2L, 3L, 5L);
		assertThat(ids(people.query().where("name", "like", "A%").many())).isEqualTo(sqlIds(db, "name LIKE 'A%'"))
			.containsExactly(1L, 3L);
		assertThat(ids(people.query().where("name", "not like", "A%").many()))
			.isEqualTo(sqlIds(db, "name NOT LIKE 'A%'"))
			.containsExactly(2L, 4L, 5L);
		assertThat(ids(people.query().where("id", "in", List.of(1, 3, 9)).many())).containsExactly(1L, 3L);
		assertThat(ids(people.query().where("id", "not in", List.of(1, 3)).many()))
			.isEqualTo(sqlIds(db, "id NOT IN (1, 3)"))
			.containsExactly(2L, 4L, 5L);
		assertThat(ids(people.query().where("name", "NOT   LIKE", "%a%").many()))
			.isEqualTo(sqlIds(db, "name NOT LIKE '%a%'"));
	}

	@DatabaseTest
	void typedConditionsMatchWhatSqlMatches(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(ids(people.query().where(Person::name).is("Ada").many())).containsExactly(1L);
		assertThat(ids(people.query().where(Person::note).is(null).many())).containsExactly(2L, 4L);
		assertThat(ids(people.query().where(Person::age).isNot(41).many())).isEqualTo(sqlIds(db, "age <> 41"));
		assertThat(ids(people.query().where(Person::age).gt(41).many())).containsExactly(2L, 5L);
		assertThat(ids(people.query().where(Person::age).ge(41).many())).containsExactly(2L, 3L, 5L);
		assertThat(ids(people.query().where(Person::age).lt(41).many())).containsExactly(1L);
		assertThat(ids(people.query().where(Person::age).le(41).many())).containsExactly(1L, 3L);
		assertThat(ids(people.query().where(Person::name).like("%a").many())).isEqualTo(sqlIds(db, "name LIKE '%a'"))
			.containsExactly(1L, 4L);
		assertThat(ids(people.query().where(Person::roleId).in(List.of(1L, 3L)).many())).containsExactly(1L, 3L, 5L);
		assertThat(ids(people.query().where(Person::roleId).notIn(List.of(1L)).many()))
			.isEqualTo(sqlIds(db, "role_id NOT IN (1)"))
			.containsExactly(2L, 5L);
		assertThat(ids(people.query().where(Person::age).isNull().many())).containsExactly(4L);
		assertThat(ids(people.query().where(Person::age).isNotNull().many())).containsExactly(1L, 2L, 3L, 5L);
		assertThat(ids(people.query().where(Person::age).gt(40).orWhere(Person::name).is("Ada").many()))
			.containsExactly(1L, 2L, 3L, 5L);
	}

	@DatabaseTest
	void orWhereBindsLooserThanWhere(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		List<Person> result = people.query().where("role_id", 1).where("age", ">", 40).orWhere("name", "Edsger").many();
		assertThat(ids(result)).isEqualTo(sqlIds(db, "role_id = 1 AND age > 40 OR name = 'Edsger'"))
			.isNotEqualTo(sqlIds(db, "role_id = 1 AND (age > 40 OR name = 'Edsger')"))
			.containsExactly(3L, 5L);
		List<Person> leadingOr = people.query()
			.where("name", "Ada")
			.orWhere("name", "Grace")
			.where("age", ">", 40)
			.many();
		assertThat(ids(leadingOr)).isEqualTo(sqlIds(db, "name = 'Ada' OR name = 'Grace' AND age > 40"))
			.containsExactly(1L, 2L);
	}

	@DatabaseTest
	void groupsNestAsParenthesesDo(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		List<Person> grouped = people.query()
			.where("role_id", 1)
			.whereGroup((g) -> g.where("age", ">", 40).orWhere("name", "Ada"))
			.many();
		assertThat(ids(grouped)).isEqualTo(sqlIds(db, "role_id = 1 AND (age > 40 OR name = 'Ada')"))
			.containsExactly(1L, 3L);
		List<Person> nested = people.query()
			.where("name", "Barbara")
			.orWhereGroup(
					(g) -> g.where("role_id", 1).whereGroup((inner) -> inner.where("note", "logic").orWhereNull("age")))
			.many();
		assertThat(ids(nested))
			.isEqualTo(sqlIds(db, "name = 'Barbara' OR (role_id = 1 AND (note = 'logic' OR age IS NULL))"))
			.containsExactly(3L, 4L);
		assertThat(ids(people.query().whereGroup((g) -> {
		}).many())).hasSize(5);
	}

	@DatabaseTest
	void whereKeyFindsOneRow(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(people.query().whereKey(3).single().name()).isEqualTo("Alan");
		assertThat(people.query().whereKey(99L).one()).isEmpty();
	}

	@DatabaseTest
	void whereKeyTakesACompositeKeyAsKeyOf(TestDatabase db) {
		db.recreate("filter_membership", "CREATE TABLE filter_membership (team_id BIGINT NOT NULL, "
				+ "member_id BIGINT NOT NULL, title VARCHAR(20), PRIMARY KEY (team_id, member_id))");
		db.execute("INSERT INTO filter_membership VALUES (1, 1, 'lead')",
				"INSERT INTO filter_membership VALUES (1, 2, 'dev')",
				"INSERT INTO filter_membership VALUES (2, 1, 'ops')");
		OrmRepository<Membership> memberships = Orm
			.create(db.dataSource(), OrmSchema.builder().models(Membership.class).build())
			.repository(Membership.class);
		assertThat(memberships.query().whereKey(Key.of(2, 1)).single()).isEqualTo(new Membership(2L, 1L, "ops"));
		assertThat(memberships.query().whereKey(Key.of(1L, 2L)).one()).contains(new Membership(1L, 2L, "dev"));
		assertThat(memberships.query().whereKey(Key.of(2L, 2L)).one()).isEmpty();
		assertThat(memberships.query().whereKey(Key.of(1L, 1L)).orWhere("title", "ops").count()).isEqualTo(2);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> memberships.query().whereKey(Key.of(1L)))
			.withMessageContaining("teamId")
			.withMessageContaining("memberId");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> memberships.query().whereKey(1L));
	}

	@DatabaseTest
	void emptyInMatchesNothingAndEmptyNotInEverything(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(people.query().whereIn("id", List.of()).many()).isEmpty();
		assertThat(people.query().where("id", "in", List.of()).count()).isZero();
		assertThat(ids(people.query().whereNotIn("id", List.of()).many())).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(ids(people.query().whereNotIn("roleId", List.of()).many())).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(ids(people.query().where(Person::roleId).notIn(List.of()).many())).hasSize(5);
		assertThat(people.query().where(Person::roleId).in(List.of()).exists()).isFalse();
		assertThat(ids(people.query().whereIn("id", List.of()).orWhereNotIn("id", List.of()).many())).hasSize(5);
		assertThat(ids(people.query().where("name", "Ada").orWhereIn("id", List.of()).many())).containsExactly(1L);
		assertThat(ids(people.query().where("name", "Ada").whereNotIn("id", List.of()).many())).containsExactly(1L);
		assertThat(ids(people.query().whereIn("id", List.of(2L, 4L)).orWhereNotIn("role_id", List.of(1L, 2L)).many()))
			.isEqualTo(sqlIds(db, "id IN (2, 4) OR role_id NOT IN (1, 2)"))
			.containsExactly(2L, 4L, 5L);
	}

	@DatabaseTest
	void nullChecksMatchWhatSqlMatches(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(ids(people.query().whereNull("roleId").many())).isEqualTo(sqlIds(db, "role_id IS NULL"))
			.containsExactly(4L);
		assertThat(ids(people.query().whereNotNull("note").many())).isEqualTo(sqlIds(db, "note IS NOT NULL"))
			.containsExactly(1L, 3L, 5L);
		assertThat(ids(people.query().whereNull("age").orWhereNotNull("note").many()))
			.isEqualTo(sqlIds(db, "age IS NULL OR note IS NOT NULL"));
		assertThat(ids(people.query().where("id", 2).orWhereNull("note").many()))
			.isEqualTo(sqlIds(db, "id = 2 OR note IS NULL"));
	}

	@DatabaseTest
	void propertyAndColumnNamesAreBothAccepted(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThat(ids(people.query().where("roleId", 1).many())).containsExactly(1L, 3L);
		assertThat(ids(people.query().where("role_id", 1).many())).containsExactly(1L, 3L);
		assertThat(ids(people.query().whereIn("role_id", List.of(2, 3)).many())).containsExactly(2L, 5L);
		assertThat(ids(people.query().where("role_id", 1).orWhere("roleId", 2L).many())).containsExactly(1L, 2L, 3L);
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> people.query().where("role_id", "1"))
			.withMessageContaining("String")
			.withMessageContaining("Long");
	}

	@DatabaseTest
	void unknownPropertyIsRefusedListingWhatExists(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThatExceptionOfType(UnknownPropertyException.class)
			.isThrownBy(() -> people.query().where("nickname", "x"))
			.withMessageContaining("nickname")
			.withMessageContaining("name")
			.withMessageContaining("roleId");
		assertThatExceptionOfType(UnknownPropertyException.class).isThrownBy(() -> people.query().orderBy("rank"))
			.withMessageContaining("rank");
	}

	@DatabaseTest
	void unknownOperatorIsRefusedListingTheOperators(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> people.query().where("age", "=>", 3))
			.withMessageContaining("'=>'")
			.withMessageContaining("<>")
			.withMessageContaining(">=")
			.withMessageContaining("not like")
			.withMessageContaining("not in");
	}

	@DatabaseTest
	void nullWithAnOrderingOperatorIsRefused(TestDatabase db) {
		OrmRepository<Person> people = people(db);
		this.listener.clear();
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> people.query().where("age", ">", null))
			.withMessageContaining("null")
			.withMessageContaining("whereNull");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> people.query().whereIn("age", java.util.Arrays.asList(1, null)));
		assertThat(this.listener.sql()).isEmpty();
	}

}
