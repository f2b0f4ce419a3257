package dev.relata.orm.internal.write;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import dev.relata.orm.schema.ModelProperty;

/**
 * The value a soft delete stores: now, from the {@code Orm}'s clock, in the deleted-at
 * property's type.
 */
final class DeletedAt {

	private DeletedAt() {
	}

	static Object now(ModelProperty deletedAt, Clock clock) {
		Class<?> type = deletedAt.javaType();
		if (type == OffsetDateTime.class) {
			return OffsetDateTime.now(clock);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.now(clock);
		}
		return Instant.now(clock);
	}

}
