package dev.relata.orm.write;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.SoftDelete;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Soft deletes: delete as an update at the Orm's clock, hidden from queries, key lookups,
 * loads of every strategy, existence filters and aggregates; withTrashed, onlyTrashed,
 * restore and forceDelete.
 */
class SoftDeleteIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

	@Table("sd_users")
	record User(@Id Long id, String name, @SoftDelete @Nullable Instant deletedAt, @Nullable List<Post> posts,
			@Nullable Long postsCount) {
	}

	@Table("sd_posts")
	record Post(@Id Long id, String title, Long userId, @SoftDelete @Nullable Instant deletedAt) {
	}

	private Orm orm(TestDatabase db) {
		db.execute("DROP TABLE IF EXISTS sd_posts", "DROP TABLE IF EXISTS sd_users");
		db.execute(
				"CREATE TABLE sd_users (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL, deleted_at "
						+ db.timestampWithTimeZone() + ")",
				"CREATE TABLE sd_posts (id BIGINT PRIMARY KEY, title VARCHAR(20) NOT NULL, user_id BIGINT NOT NULL, "
						+ "deleted_at " + db.timestampWithTimeZone() + ")",
				"INSERT INTO sd_users (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Alan')",
				"INSERT INTO sd_posts (id, title, user_id) VALUES (1, 'a1', 1), (2, 'a2', 1), (3, 'g1', 2)");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Post.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.hasMany("posts", Post.class, Post::userId)))
			.build();
		return Orm.builder(db.dataSource(), schema).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
	}

	@DatabaseTest
	void deleteHidesRowsEverywhereUntilRestored(TestDatabase db) {
		Orm orm = orm(db);
		OrmRepository<User> users = orm.repository(User.class);
		OrmRepository<Post> posts = orm.repository(Post.class);
		users.deleteById(3L);
		posts.deleteById(2L);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM sd_users", Long.class)).isEqualTo(3);
		assertThat(users.query().orderBy("id").many()).extracting(User::name).containsExactly("Ada", "Grace");
		assertThat(users.findById(3L)).isEmpty();
		assertThat(users.query().withTrashed().whereKey(3L).single().deletedAt()).isEqualTo(NOW);
		assertThat(users.query().onlyTrashed().many()).extracting(User::name).containsExactly("Alan");
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched())) {
			List<User> loaded = users.query().orderBy("id").load("posts", options).many();
			assertThat(loaded.get(0).posts()).as(options.toString()).extracting(Post::title).containsExactly("a1");
			List<User> withDeleted = users.query().orderBy("id").load("posts", (q) -> q.withTrashed(), options).many();
			assertThat(withDeleted.get(0).posts()).extracting(Post::title).containsExactly("a1", "a2");
		}
		assertThat(users.query().withCount("posts").orderBy("id").many()).extracting(User::postsCount)
			.containsExactly(1L, 1L);
		assertThat(users.query().has("posts", ">=", 2).many()).isEmpty();
		assertThat(users.query().withTrashed().whereKey(3L).restore()).isEqualTo(1);
		assertThat(users.findById(3L)).isPresent();
		assertThat(users.query().whereKey(3L).forceDelete()).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM sd_users", Long.class)).isEqualTo(2);
		assertThat(users.query().where("name", "Grace").delete()).isEqualTo(1);
		assertThat(users.query().many()).extracting(User::name).containsExactly("Ada");
	}

	@DatabaseTest
	void updatingADeletedRowFailsAndLeavesItDeleted(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		User alan = users.findById(3L).orElseThrow();
		users.deleteById(3L);
		assertThatExceptionOfType(IncorrectUpdateSemanticsDataAccessException.class)
			.isThrownBy(() -> users.update(new User(alan.id(), "Alan T.", null, null, null)));
		assertThat(users.findById(3L)).isEmpty();
		assertThat(db.jdbc().queryForObject("SELECT name FROM sd_users WHERE id = 3", String.class)).isEqualTo("Alan");
		User ada = users.findById(1L).orElseThrow();
		assertThat(users.update(new User(ada.id(), "Ada L.", null, null, null)).name()).isEqualTo("Ada L.");
	}

}
