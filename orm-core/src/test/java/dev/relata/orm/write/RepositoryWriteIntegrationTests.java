package dev.relata.orm.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for inserts through a repository: generated and assigned keys,
 * composite keys, batches and relation slots.
 */
class RepositoryWriteIntegrationTests {

	@Table("wr_author")
	record Author(@Id Long id, String name, Integer born) {
	}

	@Table("wr_code")
	record Code(@Id long id, String label) {
	}

	@Table("wr_user_tag")
	record UserTag(@Id Long userId, @Id Long tagId, String addedBy) {
	}

	@Table("wr_role")
	record Role(@Id Long id, String name) {
	}

	@Table("wr_post")
	record Post(@Id Long id, String title, Long userId) {
	}

	@Table("wr_member")
	record Member(@Id Long id, String name, Long roleId, List<Post> posts, Role role) {
	}

	@Table("wr_note")
	static class Note {

		@Id
		private @Nullable Long id;

		private @Nullable String body;

		Note() {
		}

		Note(@Nullable Long id, String body) {
			this.id = id;
			this.body = body;
		}

		public @Nullable Long getId() {
			return this.id;
		}

		public void setId(@Nullable Long id) {
			this.id = id;
		}

		public @Nullable String getBody() {
			return this.body;
		}

		public void setBody(@Nullable String body) {
			this.body = body;
		}

	}

	private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private Orm orm(TestDatabase db) {
		db.recreate("wr_author",
				"CREATE TABLE wr_author (id " + db.identity() + ", name VARCHAR(50) NOT NULL UNIQUE, born INT)");
		db.recreate("wr_code", "CREATE TABLE wr_code (id BIGINT PRIMARY KEY, label VARCHAR(50))");
		db.recreate("wr_user_tag", "CREATE TABLE wr_user_tag (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
				+ "added_by VARCHAR(50), PRIMARY KEY (user_id, tag_id))");
		db.recreate("wr_note", "CREATE TABLE wr_note (id " + db.identity() + ", body VARCHAR(50))");
		db.recreate("wr_member", "CREATE TABLE wr_member (id " + db.identity() + ", name VARCHAR(50), role_id BIGINT)");
		OrmSchema schema = OrmSchema.builder()
			.models(Author.class, Code.class, UserTag.class, Note.class, Role.class, Post.class, Member.class)
			.relations(RelationDefinitions.of(Member.class,
					(r) -> r.hasMany("posts", Post.class, Post::userId).belongsTo("role", Role.class, Member::roleId)))
			.build();
		return Orm.builder(db.dataSource(), schema).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				RepositoryWriteIntegrationTests.this.statements.add(statement);
			}
		}).build();
	}

	@DatabaseTest
	void insertOfARecordReturnsItWithTheGeneratedKey(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		Author ada = authors.insert(new Author(null, "Ada", 1815));
		Author grace = authors.insert(new Author(null, "Grace", null));
		assertThat(ada.id()).isNotNull();
		assertThat(grace.id()).isNotNull().isNotEqualTo(ada.id());
		assertThat(ada).isEqualTo(new Author(ada.id(), "Ada", 1815));
		Map<String, Object> row = db.jdbc().queryForMap("SELECT name, born FROM wr_author WHERE id = ?", ada.id());
		assertThat(row.values()).extracting(String::valueOf).containsExactly("Ada", "1815");
		assertThat(this.statements).extracting(ExecutedStatement::operation).containsExactly("insert", "insert");
	}

	@DatabaseTest
	void insertOfAPlainClassSetsTheGeneratedKeyThroughItsSetter(TestDatabase db) {
		OrmRepository<Note> notes = orm(db).repository(Note.class);
		Note saved = notes.insert(new Note(null, "first"));
		assertThat(saved.getId()).isNotNull();
		assertThat(saved.getBody()).isEqualTo("first");
		assertThat(db.jdbc().queryForObject("SELECT body FROM wr_note WHERE id = ?", String.class, saved.getId()))
			.isEqualTo("first");
		assertThat(notes.findById(saved.getId())).get().extracting(Note::getBody).isEqualTo("first");
	}

	@DatabaseTest
	void insertWithAnAssignedKeyKeepsIt(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		Author saved = authors.insert(new Author(42L, "Alan", 1912));
		assertThat(saved).isEqualTo(new Author(42L, "Alan", 1912));
		assertThat(db.jdbc().queryForObject("SELECT name FROM wr_author WHERE id = 42", String.class))
			.isEqualTo("Alan");
		assertThat(this.statements).singleElement().satisfies((statement) -> {
			assertThat(statement.sql()).startsWith("INSERT");
			assertThat(statement.binds()).containsExactly(42L, "Alan", 1912);
		});
	}

	@DatabaseTest
	void primitiveKeyIsAlwaysAssignedEvenWhenZero(TestDatabase db) {
		OrmRepository<Code> codes = orm(db).repository(Code.class);
		assertThat(codes.insert(new Code(0, "zero"))).isEqualTo(new Code(0, "zero"));
		assertThat(codes.insert(new Code(7, "seven"))).isEqualTo(new Code(7, "seven"));
		assertThat(db.jdbc().queryForList("SELECT id FROM wr_code ORDER BY id", Long.class)).containsExactly(0L, 7L);
		assertThat(codes.findById(7)).contains(new Code(7, "seven"));
	}

	@DatabaseTest
	void compositeKeyModelInsertsFindsUpdatesAndDeletes(TestDatabase db) {
		OrmRepository<UserTag> tags = orm(db).repository(UserTag.class);
		tags.insert(new UserTag(1L, 10L, "ada"));
		tags.insertAll(List.of(new UserTag(1L, 11L, "ada"), new UserTag(2L, 10L, "grace")));
		assertThat(tags.findById(Key.of(1L, 11L))).contains(new UserTag(1L, 11L, "ada"));
		assertThat(tags.findById(Key.of(2L, 11L))).isEmpty();
		tags.update(new UserTag(1L, 11L, "alan"));
		assertThat(db.jdbc()
			.queryForObject("SELECT added_by FROM wr_user_tag WHERE user_id = 1 AND tag_id = 11", String.class))
			.isEqualTo("alan");
		assertThat(db.jdbc()
			.queryForObject("SELECT added_by FROM wr_user_tag WHERE user_id = 1 AND tag_id = 10", String.class))
			.isEqualTo("ada");
		tags.delete(new UserTag(1L, 10L, "ada"));
		assertThat(tags.deleteById(Key.of(2L, 10L))).isTrue();
		assertThat(tags.deleteById(Key.of(2L, 10L))).isFalse();
		assertThat(db.jdbc().queryForList("SELECT tag_id FROM wr_user_tag", Long.class)).containsExactly(11L);
	}

	@DatabaseTest
	void insertAllRunsOneBatchAndReturnsGeneratedKeysInOrder(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		List<Author> saved = authors
			.insertAll(List.of(new Author(null, "A", 1), new Author(null, "B", 2), new Author(null, "C", 3)));
		assertThat(this.statements).singleElement().satisfies((statement) -> {
			assertThat(statement.operation()).isEqualTo("insert");
			assertThat(statement.batchSize()).isEqualTo(3);
		});
		assertThat(saved).extracting(Author::name).containsExactly("A", "B", "C");
		for (Author author : saved) {
			assertThat(db.jdbc().queryForObject("SELECT name FROM wr_author WHERE id = ?", String.class, author.id()))
				.isEqualTo(author.name());
		}
		assertThat(saved).extracting(Author::id).doesNotHaveDuplicates().isSorted();
	}

	@DatabaseTest
	void insertAllOfNothingRunsNoStatement(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		assertThat(authors.insertAll(List.of())).isEmpty();
		assertThat(this.statements).isEmpty();
	}

	@DatabaseTest
	void insertAllOfOneRowReturnsItsKey(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		List<Author> saved = authors.insertAll(List.of(new Author(null, "Solo", 1)));
		assertThat(saved).singleElement().satisfies((author) -> assertThat(author.id()).isNotNull());
		assertThat(this.statements).singleElement().extracting(ExecutedStatement::batchSize).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT name FROM wr_author WHERE id = ?", String.class, saved.get(0).id()))
			.isEqualTo("Solo");
	}

	@DatabaseTest
	void insertAllMixingNullAndAssignedKeysRunsOneBatchPerKeyModeAndKeepsOrder(TestDatabase db) {
		OrmRepository<Author> authors = orm(db).repository(Author.class);
		List<Author> saved = authors.insertAll(List.of(new Author(null, "gen1", 1), new Author(1000L, "own1", 2),
				new Author(null, "gen2", 3), new Author(1001L, "own2", 4)));
		assertThat(saved).extracting(Author::name).containsExactly("gen1", "own1", "gen2", "own2");
		assertThat(saved.get(1).id()).isEqualTo(1000L);
		assertThat(saved.get(3).id()).isEqualTo(1001L);
		assertThat(saved).extracting(Author::id).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(this.statements).hasSize(2).allSatisfy((statement) -> {
			assertThat(statement.operation()).isEqualTo("insert");
			assertThat(statement.batchSize()).isEqualTo(2);
		});
		List<String> stored = new ArrayList<>();
		for (Author author : saved) {
			stored.add(db.jdbc().queryForObject("SELECT name FROM wr_author WHERE id = ?", String.class, author.id()));
		}
		assertThat(stored).containsExactly("gen1", "own1", "gen2", "own2");
	}

	@DatabaseTest
	void modelWithRelationSlotsReadsAndWritesItsColumns(TestDatabase db) {
		OrmRepository<Member> members = orm(db).repository(Member.class);
		Member saved = members.insert(new Member(null, "Ada", 3L, null, null));
		assertThat(saved).isEqualTo(new Member(saved.id(), "Ada", 3L, null, null));
		members.update(new Member(saved.id(), "Ada L.", 4L, null, null));
		assertThat(members.findById(saved.id())).contains(new Member(saved.id(), "Ada L.", 4L, null, null));
		assertThat(this.statements).allSatisfy((statement) -> assertThat(statement.sql()).doesNotContain("posts")
			.doesNotContainIgnoringCase("role,")
			.doesNotContainIgnoringCase("role)"));
	}

	@DatabaseTest
	void insertWithALoadedRelationSlotFailsBeforeAnySql(TestDatabase db) {
		OrmRepository<Member> members = orm(db).repository(Member.class);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> members.insert(new Member(null, "Ada", null, List.of(new Post(1L, "x", null)), null)))
			.withMessageContaining("posts")
			.withMessageContaining("relation slot")
			.withMessageContaining("nested write");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> members.insertAll(List.of(new Member(null, "Ok", null, null, null),
					new Member(null, "Ada", null, null, new Role(1L, "admin")))))
			.withMessageContaining("role")
			.withMessageContaining("nested write");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> members.update(new Member(1L, "Ada", null, List.of(), null)))
			.withMessageContaining("posts");
		assertThat(this.statements).isEmpty();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM wr_member", Long.class)).isZero();
	}

}
