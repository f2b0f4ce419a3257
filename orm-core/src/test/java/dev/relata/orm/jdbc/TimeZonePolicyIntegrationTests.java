package dev.relata.orm.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time policy under a non-UTC JVM zone: instants and offset date-times are stored as
 * UTC instants and read back unchanged, local date-times are never shifted.
 */
class TimeZonePolicyIntegrationTests {

	private static final Instant RECORDED = Instant.parse("2024-06-30T18:15:00.123456Z");

	@Table("time_event")
	record TimeEvent(@Id Long id, Instant recorded, OffsetDateTime happened, LocalDateTime localStamp) {
	}

	@DatabaseTest
	void runsUnderAJvmZoneThatIsNotUtc(TestDatabase db) {
		ZoneId zone = ZoneId.systemDefault();
		assertThat(zone.normalized()).isNotEqualTo(ZoneOffset.UTC);
		assertThat(zone.getRules().getOffset(RECORDED)).isNotEqualTo(ZoneOffset.UTC);
		assertThat(db.jdbc().queryForObject("SELECT 1", Integer.class)).isOne();
	}

	@DatabaseTest
	void storesAnInstantAsTheUtcInstantThatHandWrittenSqlReads(TestDatabase db) {
		OrmRepository<TimeEvent> events = events(db);
		Long id = events.insert(new TimeEvent(null, RECORDED, null, null)).id();
		assertThat(events.findById(id).orElseThrow().recorded()).isEqualTo(RECORDED);
		assertThat(storedInstant(db, "recorded", id)).isEqualTo(RECORDED);
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(db.jdbc()
				.queryForObject("SELECT CAST(recorded AT TIME ZONE 'UTC' AS VARCHAR) FROM time_event WHERE id = ?",
						String.class, id))
				.isEqualTo("2024-06-30 18:15:00.123456");
			assertThat(db.jdbc()
				.queryForObject("SELECT extract(epoch FROM recorded) FROM time_event WHERE id = ?", BigDecimal.class,
						id))
				.isEqualByComparingTo("1719771300.123456");
		}
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(db.jdbc()
				.queryForObject("SELECT CAST(recorded AS CHAR) FROM time_event WHERE id = ?", String.class, id))
				.isEqualTo("2024-06-30 18:15:00.123456");
		}
	}

	@DatabaseTest
	void readsAnInstantWrittenByHandWrittenSqlAsTheSameInstant(TestDatabase db) {
		OrmRepository<TimeEvent> events = events(db);
		String literal = (db.kind() == DatabaseKind.MARIADB) ? "'2024-01-01 00:00:00.5'"
				: "TIMESTAMP WITH TIME ZONE '2024-01-01 05:45:00.5+05:45'";
		db.execute("INSERT INTO time_event (id, recorded) VALUES (10, " + literal + ")");
		assertThat(events.findById(10L).orElseThrow().recorded()).isEqualTo(Instant.parse("2024-01-01T00:00:00.5Z"));
	}

	@DatabaseTest
	void storesAnOffsetDateTimeAsTheSameInstantAndReadsItInUtc(TestDatabase db) {
		OrmRepository<TimeEvent> events = events(db);
		OffsetDateTime written = OffsetDateTime.of(2024, 3, 10, 8, 30, 15, 250_001_000,
				ZoneOffset.ofHoursMinutes(-7, -30));
		Long id = events.insert(new TimeEvent(null, null, written, null)).id();
		OffsetDateTime read = events.findById(id).orElseThrow().happened();
		assertThat(read).isEqualTo(OffsetDateTime.parse("2024-03-10T16:00:15.250001Z"));
		assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(storedInstant(db, "happened", id)).isEqualTo(written.toInstant());
		OffsetDateTime sameInstantElsewhere = written.withOffsetSameInstant(ZoneOffset.ofHours(9));
		assertThat(events.query().where("happened", sameInstantElsewhere).many()).extracting(TimeEvent::id)
			.containsExactly(id);
		assertThat(events.query().where("happened", written.toInstant()).many()).extracting(TimeEvent::id)
			.containsExactly(id);
	}

	@DatabaseTest
	void comparesInstantsInWhereClausesAcrossTheUtcDayBoundary(TestDatabase db) {
		OrmRepository<TimeEvent> events = events(db);
		// 23:30 UTC is already the next day in Asia/Kathmandu: a zone shift would
		// misplace it
		Long late = events.insert(new TimeEvent(null, Instant.parse("2024-05-01T23:30:00Z"), null, null)).id();
		Long early = events.insert(new TimeEvent(null, Instant.parse("2024-05-01T00:10:00Z"), null, null)).id();
		assertThat(events.query().where("recorded", ">=", Instant.parse("2024-05-01T23:00:00Z")).many())
			.extracting(TimeEvent::id)
			.containsExactly(late);
		assertThat(events.query().where(TimeEvent::recorded).lt(Instant.parse("2024-05-01T01:00:00Z")).many())
			.extracting(TimeEvent::id)
			.containsExactly(early);
		assertThat(events.query().where("recorded", "2024-05-01T23:30:00Z").many()).extracting(TimeEvent::id)
			.containsExactly(late);
	}

	@DatabaseTest
	void neverShiftsALocalDateTimeByTheJvmZone(TestDatabase db) {
		OrmRepository<TimeEvent> events = events(db);
		LocalDateTime midnight = LocalDateTime.of(2024, 1, 1, 0, 0);
		Long id = events.insert(new TimeEvent(null, null, null, midnight)).id();
		String text = (db.kind() == DatabaseKind.MARIADB) ? "CHAR" : "VARCHAR";
		assertThat(db.jdbc()
			.queryForObject("SELECT CAST(local_stamp AS " + text + ") FROM time_event WHERE id = ?", String.class, id))
			.startsWith("2024-01-01 00:00:00");
		db.execute("INSERT INTO time_event (id, local_stamp) VALUES (20, TIMESTAMP '2024-07-01 12:00:00')");
		assertThat(events.findById(20L).orElseThrow().localStamp()).isEqualTo(LocalDateTime.of(2024, 7, 1, 12, 0));
		assertThat(events.query().where("localStamp", midnight).many()).extracting(TimeEvent::id).containsExactly(id);
	}

	private static Instant storedInstant(TestDatabase db, String column, Long id) {
		String sql = "SELECT " + column + " FROM time_event WHERE id = ?";
		if (db.kind() == DatabaseKind.MARIADB) {
			// DATETIME(6) holds the UTC wall-clock time
			return db.jdbc()
				.queryForObject(sql, (rs, row) -> rs.getObject(1, LocalDateTime.class), id)
				.toInstant(ZoneOffset.UTC);
		}
		return db.jdbc().queryForObject(sql, (rs, row) -> rs.getObject(1, OffsetDateTime.class), id).toInstant();
	}

	private static OrmRepository<TimeEvent> events(TestDatabase db) {
		db.recreate("time_event",
				"CREATE TABLE time_event (id " + db.identity() + ", recorded " + db.timestampWithTimeZone()
						+ ", happened " + db.timestampWithTimeZone() + ", local_stamp " + db.timestamp() + ")");
		return Orm.create(db.dataSource(), OrmSchema.builder().models(TimeEvent.class).build())
			.repository(TimeEvent.class);
	}

}
