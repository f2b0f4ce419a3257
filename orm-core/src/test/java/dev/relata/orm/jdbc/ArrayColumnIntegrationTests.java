package dev.relata.orm.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.ValueConversionException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code List<String>}, {@code List<Integer>} and {@code List<Long>} properties in array
 * columns on PostgreSQL and H2: read, written, compared and searched, values always
 * bound; refused on MariaDB before any statement, and refused for other element types
 * when the schema is built.
 */
class ArrayColumnIntegrationTests {

	static final List<String> HOSTILE = List.of("a,b", "\"quoted\"", "{braces}", "back\\slash", "", " ", "NULL", "null",
			"'; DROP TABLE tagged; --", "ünïcødé ✓ 𝄞", "new\nline", "}{,\"\\");

	@Table("tagged")
	record Tagged(@Id Long id, String name, List<String> tags, List<Integer> scores, List<Long> refs) {
	}

	@Table("unsupported")
	record Unsupported(@Id Long id, List<Double> weights) {
	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	@DatabaseTest(exclude = DatabaseKind.MARIADB)
	void roundTripsListsIncludingEmptyNullNullElementsAndHostileText(TestDatabase db) {
		OrmRepository<Tagged> tagged = tagged(db);
		Tagged hostile = tagged.insert(new Tagged(null, "hostile", HOSTILE, List.of(1, -2, Integer.MAX_VALUE),
				List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE)));
		Tagged empty = tagged.insert(new Tagged(null, "empty", List.of(), List.of(), List.of()));
		Tagged none = tagged.insert(new Tagged(null, "none", null, null, null));
		Tagged nullElements = tagged.insert(new Tagged(null, "holes", Arrays.asList("x", null, "NULL"),
				Arrays.asList(null, 7), Arrays.asList(3L, null)));
		assertThat(tagged.findById(hostile.id())).contains(hostile);
		assertThat(tagged.findById(empty.id())).contains(empty);
		assertThat(tagged.findById(none.id())).contains(none);
		assertThat(tagged.findById(nullElements.id())).contains(nullElements);
		assertThat(tagged.findById(nullElements.id()).orElseThrow().tags()).containsExactly("x", null, "NULL");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM tagged", Integer.class)).isEqualTo(4);
	}

	@DatabaseTest(exclude = DatabaseKind.MARIADB)
	void filtersByEqualityAndContainmentWithBoundValues(TestDatabase db) {
		OrmRepository<Tagged> tagged = tagged(db);
		Tagged first = tagged.insert(new Tagged(null, "first", List.of("java", "sql"), List.of(1, 2), List.of(10L)));
		Tagged second = tagged.insert(new Tagged(null, "second", HOSTILE, List.of(2, 3), List.of(20L, 30L)));
		tagged.insert(new Tagged(null, "empty", List.of(), List.of(), List.of()));
		tagged.insert(new Tagged(null, "none", null, null, null));
		this.statements.clear();
		assertThat(tagged.query().where("tags", List.of("java", "sql")).many()).containsExactly(first);
		assertThat(tagged.query().where("tags", HOSTILE).many()).containsExactly(second);
		assertThat(tagged.query().where("tags", List.of("sql", "java")).many()).isEmpty();
		assertThat(tagged.query().whereArrayContains("tags", "sql").many()).containsExactly(first);
		assertThat(tagged.query().whereArrayContains("tags", "'; DROP TABLE tagged; --").many())
			.containsExactly(second);
		assertThat(tagged.query().whereArrayContains("tags", "}{,\"\\").many()).containsExactly(second);
		assertThat(tagged.query().whereArrayContains("scores", 2).orderBy("id").many()).containsExactly(first, second);
		assertThat(tagged.query().whereArrayContains("refs", 30).many()).containsExactly(second);
		assertThat(
				tagged.query().whereArrayContains("scores", 1).orWhereArrayContains("refs", 20L).orderBy("id").many())
			.containsExactly(first, second);
		assertThat(tagged.query().whereArrayContains("tags", "nothing").many()).isEmpty();
		assertThat(this.statements).hasSize(10);
		assertThat(this.statements)
			.allSatisfy((statement) -> assertThat(statement.sql()).doesNotContain("java").doesNotContain("DROP"));
		assertThat(this.statements.get(3).sql()).contains(" = ANY(");
	}

	@DatabaseTest(exclude = DatabaseKind.MARIADB)
	void updatesListsWholeAndThroughSetBasedUpdates(TestDatabase db) {
		OrmRepository<Tagged> tagged = tagged(db);
		Tagged stored = tagged.insert(new Tagged(null, "post", List.of("a"), List.of(1), List.of(1L)));
		this.statements.clear();
		Tagged changed = new Tagged(stored.id(), "post", List.of("a", "b,c", "{d}"), List.of(), null);
		tagged.update(changed);
		assertThat(this.statements).hasSize(1);
		assertThat(tagged.findById(stored.id())).contains(changed);
		assertThat(tagged.query().where("id", stored.id()).update((set) -> set.set("scores", List.of(5, 6)))).isOne();
		assertThat(tagged.findById(stored.id()).orElseThrow().scores()).containsExactly(5, 6);
		assertThat(tagged.query().where("id", stored.id()).update((set) -> set.set("tags", null))).isOne();
		assertThat(tagged.findById(stored.id()).orElseThrow().tags()).isNull();
	}

	@DatabaseTest(exclude = DatabaseKind.MARIADB)
	void refusesValuesTheElementTypeCannotHoldAndMisuseOfContainment(TestDatabase db) {
		OrmRepository<Tagged> tagged = tagged(db);
		this.statements.clear();
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> tagged.query().where("scores", List.of("one")).many())
			.withMessageContaining("Element 0")
			.withMessageContaining("java.lang.String")
			.withMessageContaining("Integer");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> tagged.query().whereArrayContains("scores", 1L << 40).many())
			.withMessageContaining("Integer");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> tagged.query().whereArrayContains("name", "x"))
			.withMessageContaining("Tagged.name")
			.withMessageContaining("List<String>");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> tagged.query().whereArrayContains("tags", null))
			.withMessageContaining("Tagged.tags");
		assertThat(this.statements).isEmpty();
	}

	@DatabaseTest(only = DatabaseKind.MARIADB)
	void refusesListPropertiesOnMariaDbBeforeAnyStatement(TestDatabase db) {
		db.recreate("tagged",
				"CREATE TABLE tagged (id " + db.identity() + ", name VARCHAR(50), tags TEXT, scores TEXT, refs TEXT)");
		Orm orm = Orm.builder(db.dataSource(), OrmSchema.builder().models(Tagged.class).build())
			.statementListener(listener())
			.build();
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> orm.repository(Tagged.class).findById(1L))
			.withMessageContaining("Tagged.tags")
			.withMessageContaining("List<String>")
			.withMessageContaining("MariaDB")
			.withMessageContaining("PostgreSQL and H2");
		assertThat(this.statements).isEmpty();
	}

	@Test
	void refusesListsOfOtherElementTypesWhenTheSchemaIsBuilt() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Unsupported.class).build())
			.withMessageContaining("Unsupported.weights")
			.withMessageContaining("List<java.lang.Double>")
			.withMessageContaining("List<String>, List<Integer> or List<Long>");
	}

	private OrmRepository<Tagged> tagged(TestDatabase db) {
		String text = (db.kind() == DatabaseKind.POSTGRESQL) ? "TEXT[]" : "VARCHAR(100) ARRAY";
		String integers = (db.kind() == DatabaseKind.POSTGRESQL) ? "INTEGER[]" : "INTEGER ARRAY";
		String longs = (db.kind() == DatabaseKind.POSTGRESQL) ? "BIGINT[]" : "BIGINT ARRAY";
		db.recreate("tagged", "CREATE TABLE tagged (id " + db.identity() + ", name VARCHAR(50), tags " + text
				+ ", scores " + integers + ", refs " + longs + ")");
		return Orm.builder(db.dataSource(), OrmSchema.builder().models(Tagged.class).build())
			.statementListener(listener())
			.build()
			.repository(Tagged.class);
	}

	private StatementListener listener() {
		List<ExecutedStatement> log = this.statements;
		return new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				log.add(statement);
			}
		};
	}

}
