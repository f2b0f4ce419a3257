package dev.relata.orm.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.query.Direction;
import dev.relata.orm.reliability.ReliabilityFixture.Owner;
import dev.relata.orm.reliability.ReliabilityFixture.Tag;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * 2,000 random hostile strings, from a seeded generator (the seed is in every failure
 * message; set {@code relata.test.seed} to replay one), thrown at every method that takes
 * a name or an operator (refused with {@link OrmUsageException}, no statement sent) and
 * through every value path (stored, filtered, matched and updated unchanged).
 */
class HostileInputPropertyIntegrationTests {

	private static final int STRINGS = 2_000;

	private static final String[] FRAGMENTS = { "'", "''", "\"", "`", ";", "--", "/*", "*/", "\\", "\\'", "%", "_", "!",
			"$$", "${x}", "?", ":name", "' OR '1'='1", "\"; DROP TABLE rc_owners; --", "`rc_owners`",
			") UNION SELECT 1 --", "é", "ß", "Ω", "中文", "😀", "e\u0301", "\u202E", "\u200B", "\t", "\n", "\r\n", " ",
			"  ", "NULL", "null", "0x41", "%_!%", "[]", "{}", "<script>", "&amp;", "name", "id" };

	/** The spellings of operators, which a hostile string must not be. */
	private static final List<String> OPERATORS = List.of("=", "<>", "!=", "<", "<=", ">", ">=", "like", "not like",
			"in", "not in");

	@Table("hv_texts")
	record Text(@Id Long id, String body) {
	}

	private final long seed = Long.getLong("relata.test.seed", System.nanoTime());

	/**
	 * Strings of 1 to 12 fragments and random characters; those that only use name
	 * characters (letters, digits, {@code _} and dots) are skipped, since they could name
	 * a property.
	 */
	private List<String> hostileStrings(boolean forValues) {
		Random random = new Random(this.seed);
		List<String> strings = new ArrayList<>(STRINGS);
		while (strings.size() < STRINGS) {
			StringBuilder text = new StringBuilder();
			int parts = 1 + random.nextInt(12);
			for (int i = 0; i < parts; i++) {
				if (random.nextInt(4) == 0) {
					// any BMP character but surrogates, and NUL only in names (PostgreSQL
					// text refuses it)
					char c;
					do {
						c = (char) random.nextInt(0xD800);
					}
					while (forValues && c == 0);
					text.append(c);
				}
				else {
					text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
				}
			}
			String string = text.toString();
			String spaced = string.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
			if (!string.matches("[A-Za-z0-9_.]*") && !OPERATORS.contains(spaced)) {
				strings.add(string);
			}
		}
		return strings;
	}

	@DatabaseTest
	void hostileNamesAreRefusedBeforeAnySql(TestDatabase db) {
		ReliabilityFixture fixture = new ReliabilityFixture(db);
		Orm orm = fixture.orm();
		OrmRepository<Owner> owners = orm.repository(Owner.class);
		Owner ada = new Owner(1L, "Ada", 1L);
		List<Function<String, ThrowingCallable>> methods = List.of((n) -> () -> owners.query().where(n, 1),
				(n) -> () -> owners.query().orWhere(n, "x"), (n) -> () -> owners.query().where("name", n, "x"),
				(n) -> () -> owners.query().whereIn(n, List.of(1)), (n) -> () -> owners.query().whereNull(n),
				(n) -> () -> owners.query().whereContains(n, "x"), (n) -> () -> owners.query().orderBy(n),
				(n) -> () -> owners.query().orderBy(n, Direction.DESC), (n) -> () -> owners.query().select(n),
				(n) -> () -> owners.query().has(n), (n) -> () -> owners.query().whereHas(n, (q) -> {
				}), (n) -> () -> owners.query().load(n), (n) -> () -> owners.query().withCount(n),
				(n) -> () -> owners.query().whereHas("tags", (q) -> q.where(n, 1)),
				(n) -> () -> owners.query().load("tags", (q) -> q.orderBy(n)),
				(n) -> () -> owners.related(ada, n, Tag.class),
				(n) -> () -> owners.query().where("id", 1).update((s) -> s.set(n, "x")),
				(n) -> () -> owners.update(1L, (w) -> w.connect(n, 1L)),
				(n) -> () -> owners.related(ada, "tags", Tag.class).attach(List.of(1L), Map.of(n, "x")));
		List<String> names = hostileStrings(false);
		for (String name : names) {
			for (int m = 0; m < methods.size(); m++) {
				ThrowingCallable call = methods.get(m).apply(name);
				try {
					call.call();
					fail("seed %d: method %d accepted the name %s", this.seed, m, printable(name));
				}
				catch (OrmUsageException ex) {
					assertThat(ex.getMessage()).as("seed %d, method %d", this.seed, m).hasSizeLessThan(2000);
				}
				catch (Throwable ex) {
					throw new AssertionError(
							"seed " + this.seed + ": method " + m + " threw " + ex + " for the name " + printable(name),
							ex);
				}
			}
		}
		assertThat(fixture.statements).as("seed %d", this.seed).isEmpty();
		assertThat(fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2);
	}

	@DatabaseTest
	void hostileValuesRoundTripUnchanged(TestDatabase db) {
		db.recreate("hv_texts",
				"CREATE TABLE hv_texts (id " + db.identity() + ", body VARCHAR(1000)"
						+ ((db.kind() == DatabaseKind.MARIADB) ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "")
						+ " NOT NULL)");
		List<ExecutedStatement> statements = new ArrayList<>();
		OrmRepository<Text> texts = Orm.builder(db.dataSource(), OrmSchema.builder().models(Text.class).build())
			.statementListener(new StatementListener() {
				@Override
				public void beforeStatement(ExecutedStatement statement) {
					statements.add(statement);
				}
			})
			.build()
			.repository(Text.class);
		List<String> values = hostileStrings(true);
		List<Text> saved = texts.insertAll(values.stream().map((value) -> new Text(null, value)).toList());
		List<Long> ids = saved.stream().map(Text::id).toList();
		Map<Long, String> read = new java.util.HashMap<>();
		texts.query().whereIn("id", ids).many().forEach((text) -> read.put(text.id(), text.body()));
		for (int i = 0; i < values.size(); i++) {
			assertThat(read.get(ids.get(i))).as("seed %d, value %s", this.seed, printable(values.get(i)))
				.isEqualTo(values.get(i));
		}
		Random random = new Random(this.seed);
		String[] current = values.toArray(new String[0]);
		for (int n = 0; n < 100; n++) {
			int i = random.nextInt(values.size());
			String value = current[i];
			Long id = ids.get(i);
			String as = "seed " + this.seed + ", value " + printable(value);
			assertThat(texts.query().where("body", value).many()).as(as).extracting(Text::id).contains(id);
			assertThat(texts.query().whereContains("body", value).many()).as(as).extracting(Text::id).contains(id);
			assertThat(texts.query().whereStartsWith("body", value).whereEndsWith("body", value).many()).as(as)
				.extracting(Text::id)
				.contains(id);
			String changed = value + "'" + value;
			assertThat(texts.query().whereKey(id).update((s) -> s.set("body", changed))).as(as).isOne();
			assertThat(texts.findById(id)).as(as).map(Text::body).contains(changed);
			current[i] = changed;
		}
	}

	private static String printable(String text) {
		StringBuilder printable = new StringBuilder("\"");
		text.codePoints().limit(200).forEach((c) -> {
			if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
				printable.appendCodePoint(c);
			}
			else {
				printable.append(String.format("\\u%04x", c));
			}
		});
		return printable.append('"').toString();
	}

}
