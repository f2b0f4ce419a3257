package dev.relata.orm.jdbc;

import java.util.List;

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
 * Enums stored as their constant names, in text columns and in the database's own enum
 * type, and a stored name that is no constant failing with the enum's constants.
 */
class EnumColumnIntegrationTests {

	enum Priority {

		LOW, MEDIUM, HIGH

	}

	@Table("ticket")
	record Ticket(@Id Long id, String title, Priority priority) {
	}

	@DatabaseTest
	void storesEnumsAsTheirNamesInTextColumns(TestDatabase db) {
		OrmRepository<Ticket> tickets = tickets(db, "VARCHAR(20)");
		Ticket urgent = tickets.insert(new Ticket(null, "urgent", Priority.HIGH));
		Ticket open = tickets.insert(new Ticket(null, "open", null));
		assertThat(db.jdbc().queryForObject("SELECT priority FROM ticket WHERE id = ?", String.class, urgent.id()))
			.isEqualTo("HIGH");
		assertThat(tickets.findById(urgent.id())).contains(urgent);
		assertThat(tickets.findById(open.id())).contains(open);
		assertThat(tickets.query().where(Ticket::priority).is(Priority.HIGH).many()).containsExactly(urgent);
		assertThat(tickets.query().whereIn("priority", List.of(Priority.LOW, Priority.HIGH)).many())
			.containsExactly(urgent);
		assertThat(tickets.query().whereNull("priority").many()).containsExactly(open);
		assertThat(tickets.query().update((s) -> s.set("priority", "LOW"))).isEqualTo(2);
		assertThat(db.jdbc().queryForList("SELECT priority FROM ticket ORDER BY id", String.class))
			.containsExactly("LOW", "LOW");
	}

	@DatabaseTest
	void storesEnumsInTheDatabasesOwnEnumType(TestDatabase db) {
		String type = "ENUM('LOW', 'MEDIUM', 'HIGH')";
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			db.execute("DROP TABLE IF EXISTS ticket", "DROP TYPE IF EXISTS ticket_priority",
					"CREATE TYPE ticket_priority AS ENUM ('LOW', 'MEDIUM', 'HIGH')");
			type = "ticket_priority";
		}
		OrmRepository<Ticket> tickets = tickets(db, type);
		Ticket low = tickets.insert(new Ticket(null, "later", Priority.LOW));
		Ticket high = tickets.insert(new Ticket(null, "now", Priority.HIGH));
		Ticket none = tickets.insert(new Ticket(null, "unsorted", null));
		assertThat(tickets.findById(high.id())).contains(high);
		assertThat(tickets.findById(none.id())).contains(none);
		assertThat(tickets.query().where("priority", "LOW").many()).containsExactly(low);
		assertThat(tickets.query().whereIn("priority", List.of(Priority.MEDIUM, Priority.HIGH)).many())
			.containsExactly(high);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM ticket WHERE priority = 'HIGH'", Integer.class))
			.isOne();
	}

	@DatabaseTest
	void failsOnAStoredNameThatIsNoConstantNamingTheEnumAndItsConstants(TestDatabase db) {
		OrmRepository<Ticket> tickets = tickets(db, "VARCHAR(20)");
		db.execute("INSERT INTO ticket (id, title, priority) VALUES (1, 'legacy', 'CRITICAL')");
		assertThatExceptionOfType(OrmMappingException.class).isThrownBy(() -> tickets.findById(1L))
			.withMessageContaining("'CRITICAL'")
			.withMessageContaining("Priority")
			.withMessageContaining("[LOW, MEDIUM, HIGH]")
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("column priority"));
	}

	private static OrmRepository<Ticket> tickets(TestDatabase db, String priorityType) {
		db.recreate("ticket",
				"CREATE TABLE ticket (id " + db.identity() + ", title VARCHAR(50), priority " + priorityType + ")");
		return Orm.create(db.dataSource(), OrmSchema.builder().models(Ticket.class).build()).repository(Ticket.class);
	}

}
