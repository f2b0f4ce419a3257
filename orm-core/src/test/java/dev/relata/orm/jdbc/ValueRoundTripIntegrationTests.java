package dev.relata.orm.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmMappingException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every supported value type written, read by key and compared in a where clause through
 * a repository, including SQL NULL for every nullable one and primitives on NOT NULL
 * columns.
 */
class ValueRoundTripIntegrationTests {

	enum Level {

		LOW, HIGH

	}

	@Table("boxed_sample")
	record BoxedSample(@Id Long id, Boolean flag, Byte tiny, Short small, Integer count, Long big, Float ratio,
			Double measure, Character letter, String label, BigDecimal amount, UUID token, byte[] payload,
			LocalDate dueOn, LocalTime clock, LocalDateTime stamp, OffsetDateTime happened, Instant recorded,
			Level level) {
	}

	@Table("primitive_sample")
	record PrimitiveSample(@Id long id, boolean flag, byte tiny, short small, int count, long big, float ratio,
			double measure, char letter) {
	}

	@Table("nullable_number")
	record NullableNumber(@Id Long id, int count) {
	}

	private static final BoxedSample FULL = new BoxedSample(null, true, (byte) -7, (short) 32000, 2_000_000_000,
			9_000_000_000_000_000_000L, 1.5f, 12345.678901, 'x', "Grüße, 'quoted'", new BigDecimal("12345678.1234"),
			UUID.fromString("3f2c4a6e-9d1b-4c8f-a2e7-5b0d9c1e7f30"), new byte[] { 0, 1, -1, 127, -128 },
			LocalDate.of(2024, 2, 29), LocalTime.of(13, 45, 30, 123_456_000),
			LocalDateTime.of(2024, 2, 29, 23, 59, 58, 654_321_000),
			OffsetDateTime.of(2024, 3, 10, 8, 30, 15, 250_001_000, ZoneOffset.ofHoursMinutes(-7, -30)),
			Instant.parse("2024-06-30T18:15:00.123456Z"), Level.HIGH);

	private static final BoxedSample EMPTY = new BoxedSample(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null);

	@DatabaseTest
	void roundTripsEveryBoxedTypeThroughInsertAndFindById(TestDatabase db) {
		OrmRepository<BoxedSample> samples = boxedSamples(db);
		BoxedSample saved = samples.insert(FULL);
		BoxedSample read = samples.findById(saved.id()).orElseThrow();
		assertThat(read).usingRecursiveComparison().isEqualTo(expectedRead(saved));
		assertThat(read.happened().getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(read.happened().toInstant()).isEqualTo(FULL.happened().toInstant());
		assertThat(read.amount().scale()).isEqualTo(4);
	}

	@DatabaseTest
	void findsRowsByEveryTypeInAWhereClause(TestDatabase db) {
		OrmRepository<BoxedSample> samples = boxedSamples(db);
		Long full = samples.insert(FULL).id();
		samples.insert(EMPTY);
		for (Map.Entry<String, Object> entry : values(FULL).entrySet()) {
			assertThat(samples.query().where(entry.getKey(), entry.getValue()).many()).as(entry.getKey())
				.extracting(BoxedSample::id)
				.containsExactly(full);
		}
	}

	@DatabaseTest
	void writesReadsAndFindsNullForEveryNullableType(TestDatabase db) {
		OrmRepository<BoxedSample> samples = boxedSamples(db);
		samples.insert(FULL);
		BoxedSample saved = samples.insert(EMPTY);
		assertThat(samples.findById(saved.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(saved);
		for (String property : values(FULL).keySet()) {
			assertThat(samples.query().whereNull(property).many()).as(property)
				.extracting(BoxedSample::id)
				.containsExactly(saved.id());
			assertThat(samples.query().where(property, null).count()).as(property).isOne();
		}
		Integer nullColumns = db.jdbc()
			.queryForObject(
					"SELECT COUNT(*) FROM boxed_sample WHERE flag IS NULL AND payload IS NULL"
							+ " AND recorded IS NULL AND level IS NULL AND token IS NULL AND id = ?",
					Integer.class, saved.id());
		assertThat(nullColumns).isOne();
	}

	@DatabaseTest
	void keepsMicrosecondFractionsOfTimesAndDateTimes(TestDatabase db) {
		OrmRepository<BoxedSample> samples = boxedSamples(db);
		Long id = samples.insert(FULL).id();
		String text = (db.kind() == DatabaseKind.MARIADB) ? "CHAR" : "VARCHAR";
		Map<String, Object> stored = db.jdbc()
			.queryForMap("SELECT CAST(clock AS " + text + ") AS clock_text, CAST(stamp AS " + text
					+ ") AS stamp_text FROM boxed_sample WHERE id = ?", id);
		assertThat(stored.values()).containsExactly("13:45:30.123456", "2024-02-29 23:59:58.654321");
		BoxedSample read = samples.findById(id).orElseThrow();
		assertThat(read.clock().getNano()).isEqualTo(123_456_000);
		assertThat(read.stamp().getNano()).isEqualTo(654_321_000);
		assertThat(read.recorded().getNano()).isEqualTo(123_456_000);
		assertThat(read.happened().getNano()).isEqualTo(250_001_000);
	}

	@DatabaseTest
	void roundTripsPrimitivesOnNotNullColumns(TestDatabase db) {
		db.recreate("primitive_sample",
				"CREATE TABLE primitive_sample (id BIGINT PRIMARY KEY, flag " + db.booleanType()
						+ " NOT NULL, tiny SMALLINT NOT NULL, small SMALLINT NOT NULL, count INT NOT NULL,"
						+ " big BIGINT NOT NULL, ratio " + db.floatType() + " NOT NULL, measure " + db.doubleType()
						+ " NOT NULL, letter CHAR(1) NOT NULL)");
		OrmRepository<PrimitiveSample> samples = orm(db, PrimitiveSample.class).repository(PrimitiveSample.class);
		PrimitiveSample sample = new PrimitiveSample(7, true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE,
				Long.MAX_VALUE, -0.25f, Math.PI, 'Z');
		samples.insert(sample);
		samples.insert(new PrimitiveSample(8, false, (byte) 0, (short) 0, 0, 0, 0f, 0, ' '));
		assertThat(samples.findById(7L)).contains(sample);
		assertThat(samples.query()
			.where("flag", true)
			.where("tiny", Byte.MIN_VALUE)
			.where("small", Short.MAX_VALUE)
			.where("count", Integer.MIN_VALUE)
			.where("big", Long.MAX_VALUE)
			.where("ratio", -0.25f)
			.where("measure", Math.PI)
			.where("letter", 'Z')
			.many()).containsExactly(sample);
		assertThat(db.jdbc().queryForObject("SELECT big FROM primitive_sample WHERE id = 7", Long.class))
			.isEqualTo(Long.MAX_VALUE);
	}

	@DatabaseTest
	void roundTripsASpaceCharacterAndFloatsWithoutAnExactDecimalForm(TestDatabase db) {
		db.recreate("primitive_sample",
				"CREATE TABLE primitive_sample (id BIGINT PRIMARY KEY, flag " + db.booleanType()
						+ " NOT NULL, tiny SMALLINT NOT NULL, small SMALLINT NOT NULL, count INT NOT NULL,"
						+ " big BIGINT NOT NULL, ratio " + db.floatType() + " NOT NULL, measure " + db.doubleType()
						+ " NOT NULL, letter CHAR(1) NOT NULL)");
		OrmRepository<PrimitiveSample> samples = orm(db, PrimitiveSample.class).repository(PrimitiveSample.class);
		PrimitiveSample sample = new PrimitiveSample(1, false, (byte) 0, (short) 0, 0, 0, 0.1f, 0.1, ' ');
		samples.insert(sample);
		samples.insert(new PrimitiveSample(2, false, (byte) 0, (short) 0, 0, 0, 0.2f, 0.2, 'a'));
		assertThat(samples.findById(1L)).contains(sample);
		assertThat(samples.query().where("ratio", 0.1f).many()).containsExactly(sample);
		assertThat(samples.query().where(PrimitiveSample::ratio).gt(0.1f).many()).extracting(PrimitiveSample::id)
			.containsExactly(2L);
		assertThat(samples.query().where("measure", 0.1).many()).containsExactly(sample);
		assertThat(samples.query().where("letter", ' ').many()).containsExactly(sample);
	}

	@DatabaseTest
	void readingNullIntoAPrimitiveNamesModelPropertyAndColumn(TestDatabase db) {
		db.recreate("nullable_number", "CREATE TABLE nullable_number (id BIGINT PRIMARY KEY, count INT)");
		db.execute("INSERT INTO nullable_number (id, count) VALUES (1, NULL)");
		OrmRepository<NullableNumber> numbers = orm(db, NullableNumber.class).repository(NullableNumber.class);
		assertThatExceptionOfType(OrmMappingException.class).isThrownBy(() -> numbers.findById(1L))
			.withMessageContaining("NullableNumber")
			.withMessageContaining(".count")
			.withMessageContaining("Column count")
			.withMessageContaining("int");
	}

	private static OrmRepository<BoxedSample> boxedSamples(TestDatabase db) {
		db.recreate("boxed_sample", "CREATE TABLE boxed_sample (id " + db.identity() + ", flag " + db.booleanType()
				+ ", tiny SMALLINT, small SMALLINT, count INT, big BIGINT, ratio " + db.floatType() + ", measure "
				+ db.doubleType() + ", letter CHAR(1), label VARCHAR(100), amount NUMERIC(12,4), token " + db.uuid()
				+ ", payload " + db.bytes() + ", due_on DATE, clock " + db.time() + ", stamp " + db.timestamp()
				+ ", happened " + db.timestampWithTimeZone() + ", recorded " + db.timestampWithTimeZone()
				+ ", level VARCHAR(10))");
		return orm(db, BoxedSample.class).repository(BoxedSample.class);
	}

	private static Orm orm(TestDatabase db, Class<?> model) {
		return Orm.create(db.dataSource(), OrmSchema.builder().models(model).build());
	}

	private static BoxedSample expectedRead(BoxedSample saved) {
		return new BoxedSample(saved.id(), saved.flag(), saved.tiny(), saved.small(), saved.count(), saved.big(),
				saved.ratio(), saved.measure(), saved.letter(), saved.label(), saved.amount(), saved.token(),
				saved.payload(), saved.dueOn(), saved.clock(), saved.stamp(),
				saved.happened().withOffsetSameInstant(ZoneOffset.UTC), saved.recorded(), saved.level());
	}

	private static Map<String, Object> values(BoxedSample sample) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("flag", sample.flag());
		values.put("tiny", sample.tiny());
		values.put("small", sample.small());
		values.put("count", sample.count());
		values.put("big", sample.big());
		values.put("ratio", sample.ratio());
		values.put("measure", sample.measure());
		values.put("letter", sample.letter());
		values.put("label", sample.label());
		values.put("amount", sample.amount());
		values.put("token", sample.token());
		values.put("payload", sample.payload());
		values.put("dueOn", sample.dueOn());
		values.put("clock", sample.clock());
		values.put("stamp", sample.stamp());
		values.put("happened", sample.happened());
		values.put("recorded", sample.recorded());
		values.put("level", sample.level());
		return values;
	}

}
