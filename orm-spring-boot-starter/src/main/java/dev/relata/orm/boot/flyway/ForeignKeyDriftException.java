package dev.relata.orm.boot.flyway;

import java.util.List;

import dev.relata.orm.migration.ForeignKeyDrift;

/**
 * Thrown at startup when {@code relata.orm.flyway.foreign-keys=validate} finds that the
 * database's foreign keys differ from the declared ones.
 */
final class ForeignKeyDriftException extends RuntimeException {

	private final List<ForeignKeyDrift> drift;

	ForeignKeyDriftException(List<ForeignKeyDrift> drift) {
		super("The database's foreign keys differ from the declared ones in " + drift.size() + " place(s)");
		this.drift = List.copyOf(drift);
	}

	List<ForeignKeyDrift> drift() {
		return this.drift;
	}

}
