package dev.relata.orm.reliability;

import java.util.List;
import java.util.UUID;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The column types users meet beyond the standard ones, read, written and filtered: a
 * database enum type mapped to a Java enum and to a {@code String}, {@code uuid}, and
 * {@code jsonb}/{@code json} held in a {@code String} (PostgreSQL), with MariaDB's
 * {@code ENUM}, {@code UUID} and {@code JSON} and H2's {@code ENUM} and {@code UUID}
 * (H2's {@code JSON} type would store a bound string as a JSON string, so JSON text goes
 * into a {@code VARCHAR} there). A list of an element type no array column holds is
 * refused when the schema is built.
 */
class DatabaseTypesIntegrationTests {

	enum Mood {

		happy, sad

	}

	@Table("ty_rows")
	record Row(@Id Long id, @Nullable Mood mood, @Nullable String moodText, @Nullable UUID ref, @Nullable String doc) {
	}

	@Table("ty_arrays")
	record WithArray(@Id Long id, List<Double> labels) {
	}

	private OrmRepository<Row> rows(TestDatabase db) {
		db.dropTables("ty_rows");
		String json = switch (db.kind()) {
			case POSTGRESQL -> "JSONB";
			case MARIADB -> "JSON";
			case H2 -> "VARCHAR(200)";
		};
		String mood = (db.kind() == DatabaseKind.POSTGRESQL) ? "ty_mood" : "ENUM('happy', 'sad')";
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			db.execute("DROP TYPE IF EXISTS ty_mood", "CREATE TYPE ty_mood AS ENUM ('happy', 'sad')");
		}
		db.recreate("ty_rows", "CREATE TABLE ty_rows (id " + db.identity() + ", mood " + mood + ", mood_text " + mood
				+ ", ref " + db.uuid() + ", doc " + json + ")");
		return Orm.create(db.dataSource(), OrmSchema.builder().models(Row.class).build()).repository(Row.class);
	}

	@DatabaseTest
	void enumUuidAndJsonColumnsAreReadWrittenAndFiltered(TestDatabase db) {
		OrmRepository<Row> rows = rows(db);
		UUID ref = UUID.fromString("3f1c0a4e-9b7d-4c2a-8e15-0d6f2b9a7c31");
		String doc = "{\"a\": 1, \"b\": [true, null]}";
		Row saved = rows.insert(new Row(null, Mood.sad, "happy", ref, doc));
		rows.insert(new Row(null, Mood.happy, "sad", UUID.randomUUID(), "{\"a\": 2}"));
		Row read = rows.findById(saved.id()).orElseThrow();
		assertThat(read.mood()).isEqualTo(Mood.sad);
		assertThat(read.moodText()).isEqualTo("happy");
		assertThat(read.ref()).isEqualTo(ref);
		assertThat(read.doc()).isEqualTo(doc);
		assertThat(rows.query().where("mood", Mood.sad).many()).extracting(Row::id).containsExactly(saved.id());
		assertThat(rows.query().where("mood", "sad").many()).extracting(Row::id).containsExactly(saved.id());
		assertThat(rows.query().where("moodText", "happy").many()).extracting(Row::id).containsExactly(saved.id());
		assertThat(rows.query().whereIn("moodText", List.of("happy")).count()).isOne();
		assertThat(rows.query().where("ref", ref).many()).extracting(Row::id).containsExactly(saved.id());
		assertThat(rows.query().where("ref", ref.toString()).count()).isOne();
		if (db.kind() != DatabaseKind.MARIADB) {
			// MariaDB compares JSON as text, so only the same spelling matches there
			assertThat(rows.query().where("doc", doc).many()).extracting(Row::id).containsExactly(saved.id());
		}
		rows.update(new Row(saved.id(), Mood.happy, "sad", ref, "{\"a\": 3}"));
		assertThat(rows.query().where("moodText", "sad").count()).isEqualTo(2);
		assertThat(rows.query().whereKey(saved.id()).update((s) -> s.set("moodText", "happy").set("mood", "sad")))
			.isOne();
		Row updated = rows.findById(saved.id()).orElseThrow();
		assertThat(updated.mood()).isEqualTo(Mood.sad);
		assertThat(updated.moodText()).isEqualTo("happy");
		assertThat(updated.doc()).isEqualTo("{\"a\": 3}");
	}

	@DatabaseTest
	void aListOfAnUnsupportedElementTypeIsRefusedWhenTheSchemaIsBuilt(TestDatabase db) {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(WithArray.class).build())
			.withMessageContaining("WithArray.labels");
	}

}
