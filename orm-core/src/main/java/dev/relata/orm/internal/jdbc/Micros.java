package dev.relata.orm.internal.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The one time truncation rule: every time value is bound truncated to whole
 * microseconds, the finest precision PostgreSQL, MariaDB ({@code DATETIME(6)}) and H2
 * ({@code TIMESTAMP(6)}) all keep, so a value reads back the same on each (where
 * PostgreSQL and H2 would round the nanoseconds and MariaDB cut them).
 */
final class Micros {

	private Micros() {
	}

	static Instant of(Instant value) {
		return value.truncatedTo(ChronoUnit.MICROS);
	}

	static OffsetDateTime of(OffsetDateTime value) {
		return value.truncatedTo(ChronoUnit.MICROS);
	}

	static Object of(Object value) {
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.truncatedTo(ChronoUnit.MICROS);
		}
		if (value instanceof LocalTime time) {
			return time.truncatedTo(ChronoUnit.MICROS);
		}
		return value;
	}

}
