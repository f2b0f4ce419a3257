package dev.relata.orm.query;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Column;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables and schemas created by unquoted DDL are found by queries on every database,
 * whatever case the database stores their names in.
 */
class IdentifierCaseIntegrationTests {

	private static final String OTHER_SCHEMA = "relata_query_case_other";

	record PersonRecord(@Id Long personId, String fullName, @Column("birth_year") Integer born) {
	}

	@Table(value = "archived_note", schema = OTHER_SCHEMA)
	record ArchivedNote(@Id Long id, String body) {
	}

	@DatabaseTest
	void findsTablesAndColumnsCreatedByUnquotedDdl(TestDatabase db) {
		db.recreate("person_record", "CREATE TABLE person_record (person_id BIGINT PRIMARY KEY, "
				+ "full_name VARCHAR(50) NOT NULL, birth_year INT)");
		db.execute("INSERT INTO person_record (person_id, full_name, birth_year) VALUES (1, 'Ada Lovelace', 1815)",
				"INSERT INTO person_record (PERSON_ID, FULL_NAME, BIRTH_YEAR) VALUES (2, 'Alan Turing', 1912)");
		OrmRepository<PersonRecord> people = Orm
			.create(db.dataSource(), OrmSchema.builder().models(PersonRecord.class).build())
			.repository(PersonRecord.class);
		assertThat(people.query().orderBy("personId").many())
			.containsExactly(new PersonRecord(1L, "Ada Lovelace", 1815), new PersonRecord(2L, "Alan Turing", 1912));
		assertThat(people.query().where("full_name", "like", "Alan%").single().born()).isEqualTo(1912);
		assertThat(people.query().where("birth_year", ">", 1900).many()).extracting(PersonRecord::personId)
			.containsExactly(2L);
		assertThat(people.query().where("born", 1815).select("fullName").single())
			.isEqualTo(new PersonRecord(1L, "Ada Lovelace", null));
		assertThat(people.findById(2)).map(PersonRecord::fullName).contains("Alan Turing");
		PersonRecord inserted = people.insert(new PersonRecord(3L, "Grace Hopper", 1906));
		assertThat(db.jdbc().queryForObject("SELECT full_name FROM person_record WHERE person_id = 3", String.class))
			.isEqualTo(inserted.fullName());
		assertThat(people.query().count()).isEqualTo(3);
	}

	@DatabaseTest
	void findsATableInAnotherSchemaNamedByTheModel(TestDatabase db) {
		createOtherSchema(db);
		try {
			db.execute("CREATE TABLE " + OTHER_SCHEMA + ".archived_note (id BIGINT PRIMARY KEY, body VARCHAR(50))",
					"INSERT INTO " + OTHER_SCHEMA + ".archived_note (id, body) VALUES (1, 'first')",
					"INSERT INTO " + OTHER_SCHEMA + ".archived_note (id, body) VALUES (2, 'second')");
			OrmRepository<ArchivedNote> notes = Orm
				.create(db.dataSource(), OrmSchema.builder().models(ArchivedNote.class).build())
				.repository(ArchivedNote.class);
			assertThat(notes.query().orderBy("id", Direction.DESC).many())
				.containsExactly(new ArchivedNote(2L, "second"), new ArchivedNote(1L, "first"));
			assertThat(notes.findById(1L)).contains(new ArchivedNote(1L, "first"));
			assertThat(notes.query().where("body", "second").count()).isEqualTo(1);
			assertThat(notes.query().whereIn("id", List.of(1L, 3L)).exists()).isTrue();
			notes.insert(new ArchivedNote(3L, "third"));
			assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM " + OTHER_SCHEMA + ".archived_note", Long.class))
				.isEqualTo(3);
		}
		finally {
			dropOtherSchema(db);
		}
	}

	private static void createOtherSchema(TestDatabase db) {
		dropOtherSchema(db);
		// MariaDB's schemas are databases
		db.execute(((db.kind() == DatabaseKind.MARIADB) ? "CREATE DATABASE " : "CREATE SCHEMA ") + OTHER_SCHEMA);
	}

	private static void dropOtherSchema(TestDatabase db) {
		db.execute(switch (db.kind()) {
			case MARIADB -> "DROP DATABASE IF EXISTS " + OTHER_SCHEMA;
			case POSTGRESQL -> "DROP SCHEMA IF EXISTS " + OTHER_SCHEMA + " CASCADE";
			case H2 -> "DROP SCHEMA IF EXISTS " + OTHER_SCHEMA + " CASCADE";
		});
	}

}
